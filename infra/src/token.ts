/**
 * `npm run token -- <who>`: prints a development token as its last line. <who> is a demo user
 * (admin, counselor, student), or a demo person's id or student/staff number.
 */
import { join } from "node:path";
import { ensureDevKeys, signDevUserToken, type Role } from "@campus/auth";
import { demoData } from "@campus/demo-data";
import { readPlatformEnv } from "./env";

async function main() {
  const who = process.argv[2];
  const { users, dataset } = demoData();
  if (!who) {
    console.error(
      `usage: npm run token -- <${users.map((u) => u.key).join("|")}|person id|student or staff number>`,
    );
    process.exit(2);
  }
  let claims: { subject: string; name: string; personId: string | null; roles: Role[] } | undefined;
  const user = users.find((u) => u.key === who);
  if (user)
    claims = {
      subject: `dev:${user.key}`,
      name: user.name,
      personId: user.personId,
      roles: user.roles,
    };
  else {
    const person = dataset.people.find((p) => p.id === who || p.number === who);
    if (person)
      claims = {
        subject: `dev:${person.number}`,
        name: person.name,
        personId: person.id,
        roles: [person.kind === "STUDENT" ? "student" : "counselor"],
      };
  }
  if (!claims) {
    console.error(
      `no demo user or person "${who}"; demo users: ${users.map((u) => u.key).join(", ")}`,
    );
    process.exit(2);
  }
  const keys = ensureDevKeys(join(readPlatformEnv().dataDir, "keys"));
  const token = await signDevUserToken(keys.issuer.privateKeyPem, claims);
  console.log(
    `# ${claims.name} (${claims.roles.join(", ")}), valid 8 hours; send as Authorization: Bearer <token>`,
  );
  console.log(token);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
