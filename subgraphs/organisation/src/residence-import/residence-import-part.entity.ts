import { Entity, Index, Property, Unique } from "@mikro-orm/core";
import { CampusEntity } from "@campus/subgraph/data";

/**
 * A part of a residence file (住宿导入) staged for import: a file of 40,000 rows does not fit one
 * request, so it arrives in parts of at most 5,000 rows and is checked and written as one. Only
 * the administrator who staged it may import it; parts are deleted when their import is written
 * and a day after staging otherwise. Never exposed in the schema.
 */
@Entity({ tableName: "residence_import_part" })
@Unique({ properties: ["importId", "firstRow"] })
@Index({ properties: ["createdAt"] })
export class ResidenceImportPart extends CampusEntity {
  /** Chosen by the client (a uuid), one per file. */
  @Property({ type: "uuid" })
  importId!: string;

  /** The file's row number of the part's first row (the header is row 1). */
  @Property({ type: "int" })
  firstRow!: number;

  /** The caller's subject who staged it. */
  @Property({ type: "string", length: 200 })
  stagedBy!: string;

  /** The file's header row, as sent with every part. */
  @Property({ type: "json" })
  header!: string[];

  /** The part's rows, cells as text, blank rows kept. */
  @Property({ type: "json" })
  rows!: string[][];
}
