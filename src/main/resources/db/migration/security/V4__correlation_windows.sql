-- The Sigma correlations' open windows, written in the transaction that moves the detector's checkpoint, so that a
-- restart resumes counting exactly where the checkpoint is: nothing lost, nothing counted twice.
create table security.correlation_window (
    correlation text  not null,
    group_key   text  not null, -- JSON array of the group-by values
    seen        jsonb not null, -- [{"at": …, "rule": …, "value": …}], oldest first
    primary key (correlation, group_key)
);
