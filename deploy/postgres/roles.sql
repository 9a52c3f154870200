-- Steunwijzer's PostgreSQL databases and roles: one login role per service, none of them a
-- superuser, each allowed what its service's code does (docs/security.md, 4.1.1-4.1.3).
--
--   steunwijzer_app      owns the application database "steunwijzer": the migrate step only
--                        (Alembic makes the tables, the knowledge import fills them)
--   steunwijzer_rasa     owns the tracker database "rasa": the Rasa server. In "steunwijzer" only
--                        the rows of channel_messages (the WhatsApp and Twilio channels), granted
--                        by `python -m bot.prepare` once the table exists
--   steunwijzer_actions  the rows of the application tables: the action server
--   steunwijzer_web      the rows of the application tables; in "rasa" only sender_id of events
--                        and deleting events: a coordinator's erasure (bot/privacy/erasure.py)
--   steunwijzer_worker   the rows of the application tables; in "rasa" only sender_id and
--                        timestamp of events and deleting events: erasure requests and the
--                        retention purge (bot/privacy/tracker_store.py)
--
-- Run once on a new server, by a superuser, with psql 15 or newer (for \getenv).
-- docker-compose.yml mounts this file into the postgres container, which runs it on its first
-- start (empty data volume). On another server, with the five passwords in the environment:
--   psql -v ON_ERROR_STOP=1 -h HOST -U ADMIN -d postgres -f deploy/postgres/roles.sql
-- The passwords are read from the environment, so they are never in this file or in psql's
-- history, and psql quotes them (:'name'). A missing one stops the script at the first statement
-- that uses it, with a syntax error at :'its_name'.

\set ON_ERROR_STOP on
\getenv app_password STEUNWIJZER_DB_APP_PASSWORD
\getenv rasa_password STEUNWIJZER_DB_RASA_PASSWORD
\getenv actions_password STEUNWIJZER_DB_ACTIONS_PASSWORD
\getenv web_password STEUNWIJZER_DB_WEB_PASSWORD
\getenv worker_password STEUNWIJZER_DB_WORKER_PASSWORD

CREATE ROLE steunwijzer_app LOGIN PASSWORD :'app_password';
CREATE ROLE steunwijzer_rasa LOGIN PASSWORD :'rasa_password';
CREATE ROLE steunwijzer_actions LOGIN PASSWORD :'actions_password';
CREATE ROLE steunwijzer_web LOGIN PASSWORD :'web_password';
CREATE ROLE steunwijzer_worker LOGIN PASSWORD :'worker_password';
-- Whoever may use channel_messages; bot.prepare grants the table to it after each migration.
CREATE ROLE steunwijzer_channel_messages NOLOGIN;
GRANT steunwijzer_channel_messages TO steunwijzer_rasa;

CREATE DATABASE steunwijzer OWNER steunwijzer_app;
CREATE DATABASE rasa OWNER steunwijzer_rasa;
-- PUBLIC may connect to a new database (and make temporary tables); here only the roles named.
REVOKE ALL ON DATABASE steunwijzer, rasa FROM PUBLIC;
GRANT CONNECT ON DATABASE steunwijzer
    TO steunwijzer_rasa, steunwijzer_actions, steunwijzer_web, steunwijzer_worker;
GRANT CONNECT ON DATABASE rasa TO steunwijzer_web, steunwijzer_worker;

-- The application database: the owner makes the tables; the services read and write rows.
\connect steunwijzer
ALTER SCHEMA public OWNER TO steunwijzer_app;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public
    TO steunwijzer_rasa, steunwijzer_actions, steunwijzer_web, steunwijzer_worker;
-- For the tables and id sequences the migrations make later, as steunwijzer_app.
ALTER DEFAULT PRIVILEGES FOR ROLE steunwijzer_app IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES
    TO steunwijzer_actions, steunwijzer_web, steunwijzer_worker;
ALTER DEFAULT PRIVILEGES FOR ROLE steunwijzer_app IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES
    TO steunwijzer_actions, steunwijzer_web, steunwijzer_worker;

-- The tracker database. Rasa's SQLTrackerStore makes its events table on its first start unless
-- it exists; it is made here, exactly as Rasa 3.6 makes it on PostgreSQL, so that web and worker
-- get their columns of this one table, and nothing Rasa may make later
-- (tests/deploy/test_database_roles.py compares it with Rasa's own table definition).
\connect rasa
ALTER SCHEMA public OWNER TO steunwijzer_rasa;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO steunwijzer_web, steunwijzer_worker;
SET ROLE steunwijzer_rasa;
CREATE TABLE events (
    id SERIAL NOT NULL,
    sender_id VARCHAR(255) NOT NULL,
    type_name VARCHAR(255) NOT NULL,
    timestamp FLOAT,
    intent_name VARCHAR(255),
    action_name VARCHAR(255),
    data TEXT,
    PRIMARY KEY (id)
);
CREATE INDEX ix_events_sender_id ON events (sender_id);
RESET ROLE;
GRANT SELECT (sender_id), DELETE ON events TO steunwijzer_web;
GRANT SELECT (sender_id, timestamp), DELETE ON events TO steunwijzer_worker;
