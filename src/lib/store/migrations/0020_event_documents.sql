-- amity schema, version 20: an event's privacy notice and its documents
-- (issue 15).
--
-- The privacy notice says how the names of delegates registered for this
-- event only are used, kept and deleted; the register form shows it. An
-- activity's documents (programme, minutes, report) are links, in order.
ALTER TABLE activity ADD COLUMN privacy_notice TEXT;
CREATE TABLE activity_document (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id  INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
    title        TEXT NOT NULL,
    url          TEXT NOT NULL
);
CREATE INDEX activity_document_of ON activity_document(activity_id, id);
