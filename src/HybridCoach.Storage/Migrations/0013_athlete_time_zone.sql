-- athlete_profile.time_zone: the athlete's IANA time zone (e.g. Europe/Paris), which decides their "today" in the web
-- app. NULL (every profile made before this migration) means UTC, the web app's earlier behaviour.
ALTER TABLE athlete_profile ADD COLUMN time_zone TEXT;
