import { EntityRepository, LockMode } from "@mikro-orm/postgresql";
import { label } from "@campus/subgraph/data";
import type { Room } from "./room.entity";

export class RoomRepository extends EntityRepository<Room> {
  /** The room, read afresh and locked (FOR UPDATE): concurrent move-ins to it run one after another. */
  lock(id: string): Promise<Room | null> {
    return this.findOne(
      { id },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
        comments: label("organisation.lockRoom"),
      },
    );
  }
}
