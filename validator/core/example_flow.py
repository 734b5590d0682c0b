"""The flow of the rule docs' examples and the tests: its ID (the repository's own contract store holds its
snapshot) and the input contract the FL2xx examples are checked against."""

UUID_EXAMPLE = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"

#: The flow input contract the FL2xx examples are checked against.
EXAMPLE_CONTRACT = {
    "$schema": "http://json-schema.org/draft-04/schema#",
    "title": "Order follow-up inputs",
    "type": "object",
    "required": ["Flow.customerName"],
    "properties": {
        "Flow.customerName": {"type": "string"},
        "Flow.orderCount": {"type": "integer"},
        "Flow.dates": {"type": "array", "items": {"type": "string", "format": "date"}},
        "Flow.priority": {"type": "string", "enum": ["low", "high"]},
    },
}
