"""The shared store: the mapping, unit of work, repositories and migration chain that the
desk's local cache and the central server both run, so a command means the same on both.
One subpackage per feature; the desk's own tables live in local_cache/."""
