import { createHash } from "node:crypto";
import { GraphQLError, Kind, parse } from "graphql";
import {
  assertId,
  badUserInput,
  forbidden,
  isId,
  notFound,
  type RequestContext,
} from "@campus/subgraph";
import { type Connection } from "@campus/subgraph/data";
import type { Loaders } from "../loaders";
import { RegisteredOperation } from "./registered-operation.entity";
import { ServiceClient } from "./service-client.entity";
import type { ServiceClientRepository } from "./service-client.repository";
import { type RegisterServiceClientInput, type ServiceClientsArgs } from "./service-client.input";
import type { ServiceClientGrant, ServiceClientRegistration } from "./service-client.types";
import { hashSecret, newSecret, secretMatches } from "./secret";

/** Refuses a document that is not exactly one GraphQL operation, naming the registry's name for it. */
function assertOneOperation(operation: string, document: string, field: string): void {
  let count: number;
  try {
    count = parse(document).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw badUserInput(`operation ${operation} does not parse: ${error.message}`, field);
  }
  if (count !== 1)
    throw badUserInput(
      `operation ${operation} must hold exactly one operation, not ${count}`,
      field,
    );
}

export class ServiceClientService {
  constructor(private readonly ctx: RequestContext<Loaders>) {}

  /** Letting an app in, or shutting it out, is the university administrators' decision. */
  private assertAdmin(action: string): void {
    if (!this.ctx.access.hasRole("admin")) throw forbidden(`only an administrator may ${action}`);
  }

  list(args: ServiceClientsArgs): Promise<Connection<ServiceClient>> {
    this.assertAdmin("list service clients");
    return this.ctx.em
      .getRepository<ServiceClient, ServiceClientRepository>(ServiceClient)
      .page(args);
  }

  operations(client: ServiceClient): Promise<RegisteredOperation[]> {
    return this.ctx.loaders.operationsByClient.load(client.id);
  }

  /**
   * Registers an app with its purposes and operations and makes its secret, which is answered
   * here once; only a salted scrypt hash of it is kept.
   */
  async register(input: RegisterServiceClientInput): Promise<ServiceClientRegistration> {
    this.assertAdmin("register service clients");
    const clientName = input.name.trim();
    const department = input.department.trim();
    const seen = new Set<string>();
    const operations = input.operations.map((operation, i) => {
      const operationName = operation.name.trim();
      if (seen.has(operationName))
        throw badUserInput(
          `operation ${operationName} is registered twice`,
          `input.operations.${i}.name`,
        );
      seen.add(operationName);
      assertOneOperation(operationName, operation.document, `input.operations.${i}.document`);
      // The hash of the text exactly as given: the gateway hashes what the app sends, byte for byte.
      return {
        name: operationName,
        document: operation.document,
        sha256: createHash("sha256").update(operation.document).digest("hex"),
      };
    });
    const secret = newSecret();
    const secretHash = await hashSecret(secret);
    const client = await this.ctx.em.transactional(async (em) => {
      const created = em.create(ServiceClient, {
        name: clientName,
        department,
        purposes: [...new Set(input.purposes)],
        secretHash,
        createdById: this.ctx.caller.personId,
      });
      for (const operation of operations)
        em.create(RegisteredOperation, { client: created, ...operation });
      return created;
    });
    return { client, secret };
  }

  /** Shuts a client out: its tokens stop working once the gateway's cache of its grant expires. */
  async revoke(id: string): Promise<ServiceClient> {
    this.assertAdmin("revoke service clients");
    assertId(id, "id");
    return this.ctx.em.transactional(async (em) => {
      const client = await em
        .getRepository<ServiceClient, ServiceClientRepository>(ServiceClient)
        .lock(id);
      if (!client) throw notFound("service client", id);
      if (client.revokedAt)
        throw badUserInput(
          `this client was already revoked on ${client.revokedAt.toISOString()}`,
          "id",
        );
      client.revokedAt = new Date();
      client.revokedById = this.ctx.caller.personId;
      return client;
    });
  }

  /**
   * What a client may do, for the gateway: null when it is unknown or revoked, or when a secret is
   * given and does not match. Every way of saying no takes as long as a wrong secret.
   */
  async grant(
    clientId: string,
    secret: string | null | undefined,
  ): Promise<ServiceClientGrant | null> {
    const client = isId(clientId) ? await this.ctx.loaders.serviceClient.load(clientId) : null;
    const active = client && !client.revokedAt ? client : null;
    if (typeof secret === "string" && !(await secretMatches(secret, active?.secretHash ?? null)))
      return null;
    if (!active) return null;
    const operations = await this.operations(active);
    return {
      id: active.id,
      name: active.name,
      purposes: active.purposes,
      operations: operations.map(({ name, sha256, document }) => ({ name, sha256, document })),
    };
  }
}
