# Generated from forms/data_locations_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'data_locations_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DataLocationsDialog(object):
    def setupUi(self, DataLocationsDialog):
        if not DataLocationsDialog.objectName():
            DataLocationsDialog.setObjectName(u"DataLocationsDialog")
        DataLocationsDialog.resize(620, 300)
        self.mainLayout = QVBoxLayout(DataLocationsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(DataLocationsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.databaseCaption = QLabel(DataLocationsDialog)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseLabel = QLabel(DataLocationsDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseLabel)

        self.backupsCaption = QLabel(DataLocationsDialog)
        self.backupsCaption.setObjectName(u"backupsCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupsCaption)

        self.backupsLabel = QLabel(DataLocationsDialog)
        self.backupsLabel.setObjectName(u"backupsLabel")
        self.backupsLabel.setWordWrap(True)
        self.backupsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupsLabel)

        self.logCaption = QLabel(DataLocationsDialog)
        self.logCaption.setObjectName(u"logCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logCaption)

        self.logLabel = QLabel(DataLocationsDialog)
        self.logLabel.setObjectName(u"logLabel")
        self.logLabel.setWordWrap(True)
        self.logLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.logLabel)

        self.settingsCaption = QLabel(DataLocationsDialog)
        self.settingsCaption.setObjectName(u"settingsCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.settingsCaption)

        self.settingsLabel = QLabel(DataLocationsDialog)
        self.settingsLabel.setObjectName(u"settingsLabel")
        self.settingsLabel.setWordWrap(True)
        self.settingsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.settingsLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openLogFolderButton = QPushButton(DataLocationsDialog)
        self.openLogFolderButton.setObjectName(u"openLogFolderButton")

        self.buttonLayout.addWidget(self.openLogFolderButton)

        self.openDatabaseFolderButton = QPushButton(DataLocationsDialog)
        self.openDatabaseFolderButton.setObjectName(u"openDatabaseFolderButton")

        self.buttonLayout.addWidget(self.openDatabaseFolderButton)

        self.buttonBox = QDialogButtonBox(DataLocationsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.openLogFolderButton, self.openDatabaseFolderButton)

        self.retranslateUi(DataLocationsDialog)

        QMetaObject.connectSlotsByName(DataLocationsDialog)
    # setupUi

    def retranslateUi(self, DataLocationsDialog):
        DataLocationsDialog.setWindowTitle(QCoreApplication.translate("DataLocationsDialog", u"\u6570\u636e\u4e0e\u65e5\u5fd7\u4f4d\u7f6e", None))
        self.introLabel.setText(QCoreApplication.translate("DataLocationsDialog", u"\u672c\u7a0b\u5e8f\u7684\u6570\u636e\u90fd\u4fdd\u5b58\u5728\u8fd9\u53f0\u7535\u8111\u4e0a\u3002\u8bf7\u5b9a\u671f\u628a\u6570\u636e\u5e93\u6587\u4ef6\u590d\u5236\u5230 U \u76d8\u6216\u5176\u4ed6\u7535\u8111\u5907\u4efd\uff08\u590d\u5236\u524d\u5148\u9000\u51fa\u7a0b\u5e8f\uff09\uff1b\u8054\u7cfb\u6280\u672f\u652f\u6301\u65f6\u8bf7\u9644\u4e0a\u65e5\u5fd7\u6587\u4ef6\u3002", None))
        self.databaseCaption.setText(QCoreApplication.translate("DataLocationsDialog", u"\u6570\u636e\u5e93\uff1a", None))
        self.backupsCaption.setText(QCoreApplication.translate("DataLocationsDialog", u"\u5907\u4efd\u6587\u4ef6\u5939\uff1a", None))
        self.logCaption.setText(QCoreApplication.translate("DataLocationsDialog", u"\u65e5\u5fd7\u6587\u4ef6\uff1a", None))
        self.settingsCaption.setText(QCoreApplication.translate("DataLocationsDialog", u"\u7a97\u53e3\u8bbe\u7f6e\uff1a", None))
        self.openLogFolderButton.setText(QCoreApplication.translate("DataLocationsDialog", u"\u6253\u5f00\u65e5\u5fd7\u6587\u4ef6\u5939(&L)", None))
        self.openDatabaseFolderButton.setText(QCoreApplication.translate("DataLocationsDialog", u"\u6253\u5f00\u6570\u636e\u5e93\u6240\u5728\u6587\u4ef6\u5939(&D)", None))
    # retranslateUi
