# Generated from forms/sync_conflicts_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflicts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SyncConflictsDialog(object):
    def setupUi(self, SyncConflictsDialog):
        if not SyncConflictsDialog.objectName():
            SyncConflictsDialog.setObjectName(u"SyncConflictsDialog")
        SyncConflictsDialog.resize(960, 640)
        self.mainLayout = QVBoxLayout(SyncConflictsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SyncConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.countLabel = QLabel(SyncConflictsDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.mainLayout.addWidget(self.countLabel)

        self.splitter = QSplitter(SyncConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.conflictsTable = QTableWidget(self.splitter)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflictsTable.setAlternatingRowColors(True)
        self.splitter.addWidget(self.conflictsTable)
        self.conflictsTable.horizontalHeader().setStretchLastSection(True)
        self.conflictsTable.verticalHeader().setVisible(False)
        self.fieldsTable = QTableWidget(self.splitter)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fieldsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.fieldsTable)
        self.fieldsTable.horizontalHeader().setStretchLastSection(True)
        self.fieldsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.splitter)

        self.quickLayout = QHBoxLayout()
        self.quickLayout.setObjectName(u"quickLayout")
        self.allOfficeButton = QPushButton(SyncConflictsDialog)
        self.allOfficeButton.setObjectName(u"allOfficeButton")

        self.quickLayout.addWidget(self.allOfficeButton)

        self.allLaptopButton = QPushButton(SyncConflictsDialog)
        self.allLaptopButton.setObjectName(u"allLaptopButton")

        self.quickLayout.addWidget(self.allLaptopButton)

        self.quickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quickLayout.addItem(self.quickSpacer)


        self.mainLayout.addLayout(self.quickLayout)

        self.guardLabel = QLabel(SyncConflictsDialog)
        self.guardLabel.setObjectName(u"guardLabel")
        self.guardLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.guardLabel)

        self.reasonLayout = QHBoxLayout()
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.reasonLabel = QLabel(SyncConflictsDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(SyncConflictsDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(256)

        self.reasonLayout.addWidget(self.reasonEdit)

        self.resolveButton = QPushButton(SyncConflictsDialog)
        self.resolveButton.setObjectName(u"resolveButton")

        self.reasonLayout.addWidget(self.resolveButton)


        self.mainLayout.addLayout(self.reasonLayout)

        self.buttonBox = QDialogButtonBox(SyncConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.conflictsTable, self.fieldsTable)
        QWidget.setTabOrder(self.fieldsTable, self.allOfficeButton)
        QWidget.setTabOrder(self.allOfficeButton, self.allLaptopButton)
        QWidget.setTabOrder(self.allLaptopButton, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.resolveButton)

        self.retranslateUi(SyncConflictsDialog)

        self.resolveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SyncConflictsDialog)
    # setupUi

    def retranslateUi(self, SyncConflictsDialog):
        SyncConflictsDialog.setWindowTitle(QCoreApplication.translate("SyncConflictsDialog", u"\u540c\u6b65\u51b2\u7a81\u5904\u7406", None))
        self.introLabel.setText(QCoreApplication.translate("SyncConflictsDialog", u"\u529e\u516c\u5ba4\u548c\u5916\u51fa\u7b14\u8bb0\u672c\u5bf9\u540c\u4e00\u6761\u8bb0\u5f55\u4f5c\u4e86\u4e0d\u540c\u7684\u4fee\u6539\uff08\u6216\u4e00\u65b9\u4fee\u6539\u3001\u4e00\u65b9\u5220\u9664\uff0c\u6216\u540c\u4e00\u4fe1\u7528\u4ee3\u7801\u767b\u8bb0\u4e86\u4e24\u6b21\uff09\u3002\u9010\u9879\u9009\u62e9\u91c7\u7528\u529e\u516c\u5ba4\u7684\u503c\u3001\u7b14\u8bb0\u672c\u7684\u503c\u6216\u6539\u4e3a\u65b0\u503c\uff0c\u586b\u5199\u7406\u7531\u540e\u70b9\u201c\u89e3\u51b3\u201d\u3002\u6807\u6709\u201c\u2260\u201d\u7684\u5b57\u6bb5\u4e24\u8fb9\u4e0d\u540c\u3002", None))
        self.allOfficeButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"\u5168\u90e8\u91c7\u7528\u529e\u516c\u5ba4\u7684\u503c(&O)", None))
        self.allLaptopButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"\u5168\u90e8\u91c7\u7528\u7b14\u8bb0\u672c\u7684\u503c(&L)", None))
        self.guardLabel.setStyleSheet(QCoreApplication.translate("SyncConflictsDialog", u"color: #8a4b00;", None))
        self.reasonLabel.setText(QCoreApplication.translate("SyncConflictsDialog", u"\u7406\u7531(&E)\uff1a", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("SyncConflictsDialog", u"\u5fc5\u586b\uff0c\u4f8b\u5982\uff1a\u7535\u8bdd\u5411\u4f01\u4e1a\u6838\u5b9e", None))
        self.resolveButton.setText(QCoreApplication.translate("SyncConflictsDialog", u"\u89e3\u51b3(&S)", None))
    # retranslateUi
