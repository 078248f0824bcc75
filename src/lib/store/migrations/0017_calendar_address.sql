-- amity schema, version 17: a private calendar address per account.
--
-- The feed of the events an account's city registered delegates for (or
-- its network organises), at an address only the account knows: a random
-- token, stored hashed like a session's, replaced when renewed (the old
-- address then answers nothing).
CREATE TABLE calendar_address (
    user_id     INTEGER PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);
