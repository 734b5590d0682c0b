"""Where the project is: its root, its configuration, its globs and the files a run covers."""
