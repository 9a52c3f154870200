"""Staff portal: login, the steunpunt inbox of aanmeldingen, detail, status, notes and audit log."""
