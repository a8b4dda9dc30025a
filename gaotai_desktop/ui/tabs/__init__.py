"""The main window's tabs: 企业, 事故, 预警通知."""
