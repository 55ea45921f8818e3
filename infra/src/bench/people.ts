/**
 * `npm run bench:people`: roster import and name search on a campus of 40,000 people
 * (BENCH_STUDENTS), through the real gateway over HTTP, on real PostgreSQL, every service in one
 * process. The roster goes in files of 5,000 rows (importRoster's most; a request stays under the
 * gateway's 1 MB body), each checked first (commit: false) and then written (commit: true), so
 * the figures are what an administrator's upload costs. Then `people(filter: { search })` and
 * `roster(filter: { search })` with a Chinese name part at the start, in the middle and at the
 * end, and part of a number (BENCH_SEARCHES each, one at a time), and EXPLAIN ANALYZE of the
 * search's statement, showing the index it uses.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { DatasetBuilder } from "@campus/demo-data";
import { callerFor, startTestPostgres } from "@campus/testkit";
import { startTestStack } from "../stack";
import { subgraphModules } from "../subgraphs";
import { STUDENTS, percentile, poster } from "./harness";

const FILE_ROWS = 5000;
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 50);
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN =
  "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彩春菊凤洁梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思";

const IMPORT = `mutation($input: ImportRosterInput!) { importRoster(input: $input) { committed created problemCount } }`;
const PEOPLE = `query($s: String) { people(first: 20, filter: { search: $s }) { totalCount edges { node { id name number } } } }`;
const ROSTER = `query($s: String) { roster(filter: { search: $s }, pageSize: 20) { totalCount nodes { id name number } } }`;

interface ImportResult {
  importRoster: { committed: boolean; created: number; problemCount: number };
}

/** A repeatable stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const stopPostgres = await startTestPostgres();
  const b = new DatasetBuilder("bench-people");
  const schools = ["电气工程学院", "机械工程学院", "管理学院", "理学院", "人文学院"].map((name) =>
    b.orgUnit({ name, kind: "SCHOOL" }),
  );
  const colleges = ["彭康书院", "文治书院", "宗濂书院", "仲英书院"].map((name) =>
    b.orgUnit({ name, kind: "RESIDENTIAL_COLLEGE" }),
  );
  const classes = schools.flatMap((school, s) =>
    Array.from({ length: 20 }, (_, i) =>
      b.studentClass({
        name: `${school.name.slice(0, 2)}24${String(i + 1).padStart(2, "0")}班`,
        schoolId: school.id,
        cohort: 2024,
      }),
    ).map((klass) => ({ klass, school: schools[s] })),
  );
  const admin = b.staff({ name: "管理员" });
  const stack = await startTestStack(subgraphModules, {
    dataset: b.build(),
    logLevel: "warn",
    gateway: { rateLimits: { userRequests: Number.MAX_SAFE_INTEGER } },
  });
  try {
    const post = poster(
      stack.gateway.graphqlUrl,
      await stack.token(callerFor(["admin"], admin.id, "admin")),
    );
    const next = random(20261203);
    const pick = (text: string) => text[Math.floor(next() * text.length)];
    const header = ["学号", "姓名", "性别", "学院", "书院", "班级", "入学年份", "培养层次"];
    const rows = Array.from({ length: STUDENTS }, (_, i) => {
      const { klass, school } = classes[i % classes.length];
      const name = pick(SURNAMES) + pick(GIVEN) + (next() < 0.6 ? pick(GIVEN) : "");
      return [
        String(2024000000 + i),
        name,
        next() < 0.5 ? "男" : "女",
        school.name,
        colleges[i % colleges.length].name,
        klass.name,
        "2024",
        "本科",
      ];
    });
    console.log(
      `roster of ${rows.length} students in files of ${FILE_ROWS} rows (${Math.ceil(rows.length / FILE_ROWS)} files), ${header.length} columns; node ${process.version}, all services in one process\n`,
    );
    let checkMs = 0;
    let commitMs = 0;
    let created = 0;
    const perFile: number[] = [];
    for (let i = 0; i < rows.length; i += FILE_ROWS) {
      const input = { kind: "STUDENT", header, rows: rows.slice(i, i + FILE_ROWS) };
      const t0 = performance.now();
      const checked = await post<ImportResult>(IMPORT, { input: { ...input, commit: false } });
      const t1 = performance.now();
      const written = await post<ImportResult>(IMPORT, { input: { ...input, commit: true } });
      const t2 = performance.now();
      if (checked.importRoster.problemCount || !written.importRoster.committed)
        throw new Error(`file ${i / FILE_ROWS + 1} was refused`);
      created += written.importRoster.created;
      checkMs += t1 - t0;
      commitMs += t2 - t1;
      perFile.push(t2 - t1);
    }
    perFile.sort((x, y) => x - y);
    console.log(
      `importRoster: ${created} people written in ${(commitMs / 1000).toFixed(2)} s (${(created / (commitMs / 1000)).toFixed(0)} rows/s); check-only passes ${(checkMs / 1000).toFixed(2)} s; check + write ${((checkMs + commitMs) / 1000).toFixed(2)} s`,
    );
    console.log(
      `   per file of ${FILE_ROWS} written: p50 ${ms(percentile(perFile, 50))}, max ${ms(perFile[perFile.length - 1])}`,
    );
    const again = await post<ImportResult>(IMPORT, {
      input: { kind: "STUDENT", header, rows: rows.slice(0, FILE_ROWS), commit: true },
    });
    console.log(
      `   the first file again: committed ${again.importRoster.committed}, ${again.importRoster.problemCount} problems (every number already present)\n`,
    );

    const em = stack.subgraphs.people.orm.em.fork() as EntityManager;
    await em.getConnection().execute(`vacuum analyze "people"."person"`);
    const sample = rows.slice(12345).find((r) => r[1].length === 3) ?? rows[0];
    const name = sample[1];
    const searches: [string, string | null][] = [
      ["no search (the page alone, for comparison)", null],
      ["one character (a surname)", name.slice(0, 1)],
      ["two characters, the start", name.slice(0, 2)],
      ["two characters, the end", name.slice(-2)],
      ["one character, the middle", name.slice(1, 2)],
      ["one character, the end", name.slice(-1)],
      ["part of a number (5 digits, middle)", sample[0].slice(3, 8)],
    ];
    console.log(`search at ${created + 1} people, ${SEARCHES} searches each, one at a time:`);
    for (const [label, s] of searches) {
      for (const [field, query] of [
        ["people", PEOPLE],
        ["roster", ROSTER],
      ] as const) {
        const times: number[] = [];
        let total = 0;
        for (let i = 0; i < SEARCHES; i++) {
          const t0 = performance.now();
          const data = await post<{
            people?: { totalCount: number };
            roster?: { totalCount: number };
          }>(query, { s });
          times.push(performance.now() - t0);
          total = data.people?.totalCount ?? data.roster?.totalCount ?? 0;
        }
        times.sort((x, y) => x - y);
        const mean = times.reduce((a, t) => a + t, 0) / times.length;
        console.log(
          `   ${field} ${s === null ? "" : `"${s}" `}(${label}): ${total} found; mean ${ms(mean)}, p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`,
        );
      }
    }
    const explain = async (title: string, where: string, params: unknown[]) => {
      const plan = await em
        .getConnection()
        .execute<{ "QUERY PLAN": string }[]>(
          `explain (analyze, costs off) select count(*) from "people"."person" where ${where}`,
          params,
        );
      console.log(`\nEXPLAIN ANALYZE, ${title}:`);
      for (const line of plan) console.log(`   ${line["QUERY PLAN"]}`);
    };
    const twoChars = name.slice(-2);
    await explain(
      `a name part "${twoChars}" (the people search's subquery)`,
      `id = any(array(select n.id from "people"."person" as n where string_to_array(n.name, null) @> ?::text[] and n.name like ?))`,
      [`{${[...twoChars].join(",")}}`, `%${twoChars}%`],
    );
    const one = name.slice(0, 1);
    await explain(
      `a one-character name part "${one}"`,
      `id = any(array(select n.id from "people"."person" as n where string_to_array(n.name, null) @> ?::text[] and n.name like ?))`,
      [`{${one}}`, `%${one}%`],
    );
    await explain(`part of a number "${sample[0].slice(3, 8)}"`, `number like ?`, [
      `%${sample[0].slice(3, 8)}%`,
    ]);
  } finally {
    await stack.stop();
    await stopPostgres();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
