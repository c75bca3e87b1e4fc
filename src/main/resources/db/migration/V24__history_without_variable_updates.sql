-- The engine keeps its full history but the log of every value a variable took
-- (HistoryWithoutVariableUpdates, ADR 0008). A database kept at full (3) moves to that level
-- (13); the rows already in ACT_HI_DETAIL stay until history clean-up removes their processes.
-- On a new database the engine writes the level itself when it first starts.
update ACT_GE_PROPERTY set VALUE_ = '13', REV_ = REV_ + 1 where NAME_ = 'historyLevel' and VALUE_ = '3';
