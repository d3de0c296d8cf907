"""What a user can do: functions over an open Project, one transaction each, returning an Outcome."""
