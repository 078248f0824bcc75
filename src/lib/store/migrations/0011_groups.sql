-- amity schema, version 11: a network's thematic groups are records of
-- their own, and cities join them.
--
-- A group now has routes that take its id (/api/v1/groups/{id}) and members
-- that refer to it, so its id must never come back after a delete (see
-- 0007): the table is made again with AUTOINCREMENT, every row kept with its
-- id. Nothing referred to network_group before this migration, so the copy
-- leaves no foreign key behind; am_migrate still checks.
CREATE TABLE network_group_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    network_id  INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active',
    description TEXT,
    UNIQUE (network_id, name)
);
INSERT INTO network_group_new (id, network_id, name, status, description)
    SELECT id, network_id, name, status, description FROM network_group;
DROP TABLE network_group;
ALTER TABLE network_group_new RENAME TO network_group;

-- A city in a thematic group. network_id is the group's, copied so that the
-- rights (which read a record's owners from its own fields) see the network
-- whose secretariat looks after the membership; the trigger below keeps it
-- the group's when an admin moves a group to another network.
CREATE TABLE group_member (
    id         INTEGER PRIMARY KEY AUTOINCREMENT, -- ids are not reused: an old link never opens another membership
    group_id   INTEGER NOT NULL REFERENCES network_group(id) ON DELETE CASCADE,
    city_id    INTEGER NOT NULL REFERENCES city(id),
    network_id INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
    joined_at  TEXT NOT NULL,
    UNIQUE (group_id, city_id)
);
CREATE INDEX group_member_city ON group_member(city_id);
CREATE INDEX group_member_network ON group_member(network_id);

CREATE TRIGGER group_member_network AFTER UPDATE OF network_id ON network_group BEGIN
    UPDATE group_member SET network_id = NEW.network_id WHERE group_id = NEW.id;
END;
