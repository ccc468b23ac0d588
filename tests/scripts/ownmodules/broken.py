print("broken: running")
raise RuntimeError("broken on purpose")
