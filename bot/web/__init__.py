"""The web app on :8000: demo page now; staff portal, widget assets and reports later."""
