import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetBuilder } from "@campus/demo-data";
import {
  callerFor,
  callers,
  expectData,
  startTestSubgraphs,
  subgraphQuery,
  type SubgraphHarness,
  type VariablesOf,
} from "@campus/testkit";
import type { EntityManager } from "@mikro-orm/postgresql";
import { definition, seed } from "../src";
import { Person } from "../src/person/person.entity";
import { graphql } from "./generated";
import { covering, statementsOf, type EntitiesResponse } from "./support";

const ROSTER = graphql(`
  query Roster($filter: RosterFilter, $orderBy: RosterOrder, $page: Int, $pageSize: Int) {
    roster(filter: $filter, orderBy: $orderBy, page: $page, pageSize: $pageSize) {
      totalCount
      page
      pageSize
      pageCount
      nodes {
        id
        name
        namePinyin
        number
      }
    }
  }
`);

describe("people: the roster (花名册)", () => {
  let harness: SubgraphHarness;
  const b = new DatasetBuilder("people-roster");
  const school = b.orgUnit({ name: "电气工程学院", kind: "SCHOOL" });
  const other = b.orgUnit({ name: "能源与动力工程学院", kind: "SCHOOL" });
  const klass = b.studentClass({ name: "电气2401班", schoolId: school.id });
  const inClass = { schoolId: school.id, classId: klass.id };
  // Code point order (单 张 张 曾 李 林 王) is not pinyin order; 曾 and 单 as surnames read zeng and shan.
  const zhangSan = b.student({ name: "张三", ...inClass });
  const liSi = b.student({ name: "李四", ...inClass });
  const linYi = b.student({ name: "林一", ...inClass, cohort: 2023 });
  const zeng = b.student({ name: "曾小明", ...inClass });
  const shan = b.student({ name: "单雄", schoolId: other.id });
  const wang = b.student({ name: "王五", schoolId: other.id, cohort: 2023 });
  const zhangSanFeng = b.student({ name: "张三丰", schoolId: other.id });
  const counselor = b.staff({ name: "张老师" });
  const byPinyin = [liSi, linYi, shan, wang, zeng, zhangSan, zhangSanFeng];

  beforeAll(async () => {
    harness = await startTestSubgraphs([{ definition, seed }], { dataset: b.build() });
  });
  afterAll(() => harness?.stop());

  const roster = async (
    variables: VariablesOf<typeof ROSTER>,
    as = callers.admin(),
    options = {},
  ) => expectData(await subgraphQuery(harness, "people", ROSTER, variables, as, options)).roster;
  const names = (page: { nodes: { name: string }[] }) => page.nodes.map((p) => p.name);

  it("orders students by the pinyin of their names, surnames read as surnames, and lists no staff", async () => {
    const page = await roster({});
    expect(names(page)).toEqual(byPinyin.map((p) => p.name));
    expect(page.nodes.map((p) => p.namePinyin)).toEqual([
      "li si",
      "lin yi",
      "shan xiong",
      "wang wu",
      "zeng xiao ming",
      "zhang san",
      "zhang san feng",
    ]);
    expect(page).toMatchObject({ totalCount: 7, page: 1, pageSize: 20, pageCount: 1 });
    expect(names(page)).not.toContain(counselor.name);
  });

  it("orders by student number when asked", async () => {
    const page = await roster({ orderBy: "NUMBER" });
    expect(page.nodes.map((p) => p.number)).toEqual(
      [zhangSan, liSi, linYi, zeng, shan, wang, zhangSanFeng].map((p) => p.number).sort(),
    );
  });

  it("finds students by pinyin initials, full pinyin joined or apart, name and number", async () => {
    const search = async (text: string) => names(await roster({ filter: { search: text } }));
    expect(await search("zs")).toEqual(["张三", "张三丰"]);
    expect(await search("ZSF")).toEqual(["张三丰"]);
    expect(await search("zhangsan")).toEqual(["张三", "张三丰"]);
    expect(await search("zhang san f")).toEqual(["张三丰"]);
    expect(await search("zengx")).toEqual(["曾小明"]);
    expect(await search("lis")).toEqual(["李四"]);
    expect(await search("li")).toEqual(["李四", "林一"]);
    expect(await search("张三")).toEqual(["张三", "张三丰"]);
    expect(await search(wang.number)).toEqual(["王五"]);
    expect(await search("%")).toEqual([]);
  });

  it("filters by class, school and cohort, with the total of what matches", async () => {
    const ofClass = await roster({ filter: { classId: klass.id } });
    expect(names(ofClass)).toEqual(["李四", "林一", "曾小明", "张三"]);
    expect(ofClass.totalCount).toBe(4);
    const ofOther = await roster({ filter: { schoolId: other.id, cohort: 2023 } });
    expect(names(ofOther)).toEqual(["王五"]);
    const both = await roster({ filter: { classId: klass.id, search: "z" } });
    expect(names(both)).toEqual(["曾小明", "张三"]);
  });

  it("numbers the pages and counts them, in two statements a page", async () => {
    const seen: string[] = [];
    for (const n of [1, 2, 3]) {
      const { statements, result } = await statementsOf(harness, () =>
        roster({ page: n, pageSize: 3 }),
      );
      expect(statements).toBe(2);
      expect(result).toMatchObject({ totalCount: 7, page: n, pageSize: 3, pageCount: 3 });
      expect(result.nodes).toHaveLength(n < 3 ? 3 : 1);
      seen.push(...names(result));
    }
    expect(seen).toEqual(byPinyin.map((p) => p.name));
    const beyond = await roster({ page: 4, pageSize: 3 });
    expect(beyond).toMatchObject({ nodes: [], totalCount: 7, pageCount: 3 });
    const none = await roster({ filter: { search: "qq" } });
    expect(none).toMatchObject({ nodes: [], totalCount: 0, pageCount: 0 });
  });

  it("refuses page numbers and sizes out of range, and malformed ids, with BAD_USER_INPUT", async () => {
    for (const [variables, field] of [
      [{ page: 0 }, "page"],
      [{ pageSize: 0 }, "pageSize"],
      [{ pageSize: 101 }, "pageSize"],
      [{ filter: { classId: "x" } }, "filter.classId"],
    ] as const) {
      const res = await subgraphQuery(harness, "people", ROSTER, variables);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });

  it("gives a counselor only the students their duties cover, counted and paged as such", async () => {
    const as = callers.counselor(counselor.id);
    const scope = covering("counselor", [zhangSan.id, wang.id, zhangSanFeng.id]);
    const all = await roster({}, as, scope);
    expect(names(all)).toEqual(["王五", "张三", "张三丰"]);
    expect(all).toMatchObject({ totalCount: 3, pageCount: 1 });
    const searched = await roster({ filter: { search: "zs" }, pageSize: 1 }, as, scope);
    expect(searched).toMatchObject({ totalCount: 2, pageCount: 2, nodes: [{ name: "张三" }] });
    const filtered = await roster({ filter: { classId: klass.id } }, as, scope);
    expect(names(filtered)).toEqual(["张三"]);
    // Someone without any duty over students gets an empty roster, not the campus.
    const nobody = await roster(
      {},
      callerFor(["counselor"], counselor.id),
      covering("counselor", []),
    );
    expect(nobody).toMatchObject({ nodes: [], totalCount: 0 });
  });

  it("gives a student only themselves, whatever they search", async () => {
    const as = callers.student(liSi.id);
    expect(names(await roster({}, as))).toEqual(["李四"]);
    expect(await roster({ filter: { search: "zs" } }, as)).toMatchObject({
      nodes: [],
      totalCount: 0,
    });
  });

  it("gives a grid's roster of the residents organisation lends, within the caller's scope", async () => {
    type Students = {
      students: { totalCount: number; pageCount: number; nodes: { name: string }[] };
    };
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Grid { students(pageSize: 2, filter: { search: "z" }) { totalCount pageCount nodes { name } } }
      ... on Building { students { totalCount pageCount nodes { name } } } } }`;
    const residents = [zhangSan.id, zeng.id, zhangSanFeng.id, liSi.id];
    const representations = [
      { __typename: "Grid", id: klass.id, residentIds: residents },
      { __typename: "Building", id: school.id, residentIds: [...residents, "not-an-id"] },
    ];
    const asAdmin: EntitiesResponse<Students> = await harness.execute(
      "people",
      query,
      {
        r: representations,
      },
      callers.admin(),
    );
    expect(asAdmin.data?._entities).toEqual([
      { students: { totalCount: 3, pageCount: 2, nodes: [{ name: "曾小明" }, { name: "张三" }] } },
      {
        students: {
          totalCount: 4,
          pageCount: 1,
          nodes: [{ name: "李四" }, { name: "曾小明" }, { name: "张三" }, { name: "张三丰" }],
        },
      },
    ]);
    const asCounselor: EntitiesResponse<Students> = await harness.execute(
      "people",
      query,
      { r: representations },
      callers.counselor(counselor.id),
      covering("counselor", [zhangSan.id, wang.id]),
    );
    expect(asCounselor.data?._entities).toEqual([
      { students: { totalCount: 1, pageCount: 1, nodes: [{ name: "张三" }] } },
      { students: { totalCount: 1, pageCount: 1, nodes: [{ name: "张三" }] } },
    ]);
  });

  it("keeps the stored pinyin in step when a name changes", async () => {
    const em = harness.subgraphs.people.orm.em.fork() as EntityManager;
    const person = await em.findOneOrFail(Person, wang.id);
    person.name = "仇五";
    await em.flush();
    const [row] = await em
      .getConnection()
      .execute(`select name_pinyin, name_initials from people.person where id = ?`, [wang.id]);
    expect(row).toEqual({ name_pinyin: "qiu wu", name_initials: "qw" });
    expect(names(await roster({ filter: { search: "qiuw" } }))).toEqual(["仇五"]);
  });
});
