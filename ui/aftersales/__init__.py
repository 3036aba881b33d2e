"""After-sales screens: cases, refunds and the warehouse return receipt."""
