/**
 * `npm run bench:residences`: the residence import (住宿导入) of a 40,000-row file (BENCH_STUDENTS)
 * through the real gateway over HTTP, on real PostgreSQL, every service in one process. The
 * students are first made as an administrator makes them (importRoster, files of 5,000); the
 * campus has 50 buildings of 200 four-bed rooms. The residence file (学号, 姓名, 楼栋, 房间, 床位,
 * 入住日期, 备注) is staged in parts of 5,000 rows (a request stays under the gateway's 1 MB
 * body), checked as a whole (commit: false), then written (commit: true: checked again under the
 * rooms' locks and written in one transaction), as the admin page does. Then a second file claiming
 * the same beds for the same students, checked: its report of 80,000 problems.
 */
import { randomUUID } from "node:crypto";
import { DatasetBuilder } from "@campus/demo-data";
import { callerFor, startTestPostgres } from "@campus/testkit";
import { startTestStack } from "../stack";
import { subgraphModules } from "../subgraphs";
import { STUDENTS, poster } from "./harness";

const PART_ROWS = 5000;
const BUILDINGS = 50;
const ROOMS_PER_BUILDING = 200;
const BEDS = 4;

const ROSTER = `mutation($input: ImportRosterInput!) { importRoster(input: $input) { committed problemCount } }`;
const STAGE = `mutation($input: StageResidenceImportInput!) { stageResidenceImport(input: $input) { stagedRows } }`;
const IMPORT = `mutation($input: ImportResidencesInput!) { importResidences(input: $input) { committed rowCount movedIn problemCount } }`;

interface Report {
  importResidences: { committed: boolean; rowCount: number; movedIn: number; problemCount: number };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  if (STUDENTS > BUILDINGS * ROOMS_PER_BUILDING * BEDS)
    throw new Error(`at most ${BUILDINGS * ROOMS_PER_BUILDING * BEDS} students: one bed each`);
  const stopPostgres = await startTestPostgres();
  const b = new DatasetBuilder("bench-residences");
  const campus = b.campus({ name: "兴庆校区" });
  const buildings = Array.from({ length: BUILDINGS }, (_, i) =>
    b.building({ name: `${i + 1}号楼`, campusId: campus.id, floors: 10 }),
  );
  for (const building of buildings)
    for (let r = 0; r < ROOMS_PER_BUILDING; r++) {
      const floor = Math.floor(r / 20) + 1;
      b.room({
        buildingId: building.id,
        floor,
        number: `${floor}${String((r % 20) + 1).padStart(2, "0")}`,
        capacity: BEDS,
      });
    }
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
    const students = Array.from({ length: STUDENTS }, (_, i) => ({
      number: String(2026000000 + i),
      name: `住宿${i}`,
    }));
    for (let i = 0; i < students.length; i += PART_ROWS) {
      const rows = students.slice(i, i + PART_ROWS).map((s) => [s.number, s.name]);
      const input = { kind: "STUDENT", header: ["学号", "姓名"], rows, commit: true };
      const done = await post<{ importRoster: { committed: boolean } }>(ROSTER, { input });
      if (!done.importRoster.committed) throw new Error("the roster was refused");
    }
    const header = ["学号", "姓名", "楼栋", "房间", "床位", "入住日期", "备注"];
    const rows = students.map((s, i) => {
      const room = Math.floor(i / BEDS);
      const building = buildings[Math.floor(room / ROOMS_PER_BUILDING)];
      const r = room % ROOMS_PER_BUILDING;
      const floor = Math.floor(r / 20) + 1;
      return [
        s.number,
        s.name,
        building.name,
        `${floor}${String((r % 20) + 1).padStart(2, "0")}`,
        String((i % BEDS) + 1),
        "2026-09-01",
        "",
      ];
    });
    console.log(
      `residence file of ${rows.length} rows, ${header.length} columns, in parts of ${PART_ROWS} (${Math.ceil(rows.length / PART_ROWS)} requests); ${BUILDINGS * ROOMS_PER_BUILDING} rooms; node ${process.version}, all services in one process\n`,
    );
    const stage = async (file: string[][]) => {
      const importId = randomUUID();
      for (let at = 0; at < file.length; at += PART_ROWS)
        await post(STAGE, {
          input: { importId, firstRow: at + 2, header, rows: file.slice(at, at + PART_ROWS) },
        });
      return importId;
    };
    const t0 = performance.now();
    console.log("staging…");
    const importId = await stage(rows);
    const t1 = performance.now();
    console.log(`staged in ${seconds(t1 - t0)}; checking…`);
    const checked = await post<Report>(IMPORT, { input: { importId, commit: false } });
    const t2 = performance.now();
    console.log(`checked in ${seconds(t2 - t1)}; writing…`);
    const written = await post<Report>(IMPORT, { input: { importId, commit: true } });
    const t3 = performance.now();
    if (checked.importResidences.problemCount || !written.importResidences.committed)
      throw new Error(`the file was refused: ${JSON.stringify(written)}`);
    console.log(
      `importResidences: ${written.importResidences.movedIn} residences written in one transaction in ${seconds(t3 - t2)} (${(written.importResidences.movedIn / ((t3 - t2) / 1000)).toFixed(0)} rows/s)`,
    );
    console.log(
      `   staging ${rows.length} rows: ${seconds(t1 - t0)}; check only: ${seconds(t2 - t1)}; stage + check + write: ${seconds(t3 - t0)}`,
    );
    const again = await stage(rows);
    const t4 = performance.now();
    const refused = await post<Report>(IMPORT, { input: { importId: again, commit: true } });
    const t5 = performance.now();
    console.log(
      `   the same file again: committed ${refused.importResidences.committed}, ${refused.importResidences.problemCount} problems (every student housed, every bed taken), reported in ${seconds(t5 - t4)}`,
    );
  } finally {
    await stack.stop();
    await stopPostgres();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
