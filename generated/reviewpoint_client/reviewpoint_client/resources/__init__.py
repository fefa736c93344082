"""The resource classes behind ``client.<tag>``: one module per tag, imported on first use."""
