"""Flow input contracts: the launch schema, a flow's declared inputs, the store and which contract checks a body."""
