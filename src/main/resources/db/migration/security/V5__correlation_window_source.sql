-- The source that fed a correlation window last: a window is pruned once that source's newest event is later than
-- the window's newest event by more than the correlation's timespan (judged per source, so a replayed old file's
-- windows are not pruned by live sources running ahead).
alter table security.correlation_window add column source text;
