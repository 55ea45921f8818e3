import type { EntityManager } from "@mikro-orm/postgresql";

/** An entity's table, schema-qualified and quoted, for the few statements written by hand. */
export function table(em: EntityManager, entity: { name: string }): string {
  const meta = em.getMetadata().get(entity.name);
  const schema = meta.schema && meta.schema !== "*" ? meta.schema : em.config.get("schema");
  return schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}

/** A property's column: its name as rows come back with it, and its SQL type (for casting bound values). */
export function column(em: EntityManager, entity: { name: string }, property: string): { name: string; type: string } {
  const prop = em.getMetadata().get(entity.name).properties[property];
  if (!prop) throw new Error(`${entity.name} has no property ${property}`);
  return { name: prop.fieldNames[0]!, type: prop.columnTypes[0]! };
}
