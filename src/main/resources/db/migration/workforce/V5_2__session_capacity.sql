-- How many trainees a session can take; sessions that arrived with an organiser's list have none.
alter table workforce.session add column capacity int check (capacity > 0);
