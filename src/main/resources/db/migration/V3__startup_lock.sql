-- One row that a starting node locks while it seeds groups, permissions and accounts, so that
-- nodes starting together take turns instead of racing (StartupSteps).
create table cirm_startup_lock (
    id integer primary key
);

insert into cirm_startup_lock (id) values (1);
