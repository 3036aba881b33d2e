"""Customer-service widgets: lookup, customer screen, ticket queue and editor."""
