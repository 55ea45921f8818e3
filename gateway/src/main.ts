import { readGatewayEnv } from "./env";
import { startGateway } from "./server";

/** Production entry: everything from the environment; no development sign-in. */
async function main() {
  const env = readGatewayEnv();
  const gateway = await startGateway(env);
  const stop = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
