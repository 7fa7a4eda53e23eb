-- Which advisor socket last set the presence. A console reloaded (or reconnected to another
-- instance) opens its new socket before the old one's close is processed; the old socket may only
-- mark the advisor offline while it is still the one that set the presence.
ALTER TABLE advisor_presence ADD COLUMN connection_id text;
