import { graphql } from "../generated/organisation";

// What the gateway asks the organisation subgraph through its internal fields (`npm run codegen` types them).

/** One group of places; the scope resolution sends one aliased copy per role (see aliasedBatch). */
export const ResidentsOf = graphql(`
  query ResidentsOf($gridIds: [ID!]!, $buildingIds: [ID!]!, $branchIds: [ID!]!) {
    residentsOf(gridIds: $gridIds, buildingIds: $buildingIds, branchIds: $branchIds)
  }
`);

/** Lent to curriculum through the relay: whether this id names a room (a session's venue). */
export const KnownRoom = graphql(`
  query KnownRoom($id: ID!) {
    room(id: $id) {
      id
    }
  }
`);

/** Lent to people through the relay: the schools and residential colleges, for its roster checks. */
export const SchoolsAndColleges = graphql(`
  query SchoolsAndColleges {
    schools: orgUnits(kind: SCHOOL) {
      id
      name
    }
    colleges: orgUnits(kind: RESIDENTIAL_COLLEGE) {
      id
      name
    }
  }
`);

/** Lent to people through the relay: whether this id names a grid or a building (a duty shift's place). */
export const KnownPlace = graphql(`
  query KnownPlace($id: ID!) {
    grid(id: $id) {
      id
    }
    building(id: $id) {
      id
    }
  }
`);

/** Lent to people through the relay: a room's building and grid (a visit's place). */
export const RoomPlaces = graphql(`
  query RoomPlaces($id: ID!) {
    room(id: $id) {
      id
      building {
        id
      }
      grid {
        id
      }
    }
  }
`);

/**
 * Lent to people through the relay (placeResident): a grid or room, its building and grid, and who
 * lives in it today, for a student governance post (学生自治岗位). The relay hands people only
 * whether the one student lives there, never the list.
 */
export const PlaceResident = graphql(`
  query PlaceResident($id: ID!, $gridIds: [ID!]!, $roomIds: [ID!]!) {
    grid(id: $id) {
      id
      closedOn
      building {
        id
      }
    }
    room(id: $id) {
      id
      building {
        id
      }
      grid {
        id
      }
    }
    residentsOf(gridIds: $gridIds, buildingIds: [], branchIds: [], roomIds: $roomIds)
  }
`);
