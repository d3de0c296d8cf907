"""Working as a team in the window: colleagues' changes live, the connection, conflicts, what a role may do."""
