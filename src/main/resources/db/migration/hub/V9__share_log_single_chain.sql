-- Each exchange-log entry links to the one before it, and no two entries to the same one: the chain cannot fork, even when
-- two writers append at once (the second is refused and links again to the new head).
create unique index share_log_previous_hash on hub.share_log (previous_hash);
