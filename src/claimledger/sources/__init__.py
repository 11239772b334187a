"""Reading reports from files, feeds and exports, and knowing who publishes them."""
