# Generated from forms/audit_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(900, 620)
        self.mainLayout = QVBoxLayout(AuditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.recordLabel = QLabel(AuditDialog)
        self.recordLabel.setObjectName(u"recordLabel")

        self.filterLayout.addWidget(self.recordLabel)

        self.recordEdit = QLineEdit(AuditDialog)
        self.recordEdit.setObjectName(u"recordEdit")
        self.recordEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.recordEdit)

        self.userLabel = QLabel(AuditDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel)

        self.userCombo = QComboBox(AuditDialog)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setEditable(True)
        self.userCombo.setMinimumContentsLength(10)

        self.filterLayout.addWidget(self.userCombo)

        self.fromLabel = QLabel(AuditDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromEdit = QLineEdit(AuditDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setMaximumWidth(110)

        self.filterLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(AuditDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toEdit = QLineEdit(AuditDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setMaximumWidth(110)

        self.filterLayout.addWidget(self.toEdit)

        self.searchButton = QPushButton(AuditDialog)
        self.searchButton.setObjectName(u"searchButton")

        self.filterLayout.addWidget(self.searchButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.errorLabel = QLabel(AuditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)

        self.mainLayout.addWidget(self.errorLabel)

        self.splitter = QSplitter(AuditDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.entriesView = QTableView(self.splitter)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.entriesView)
        self.detailText = QPlainTextEdit(self.splitter)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setReadOnly(True)
        self.splitter.addWidget(self.detailText)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(AuditDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomLayout.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(AuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.recordLabel.setBuddy(self.recordEdit)
        self.userLabel.setBuddy(self.userCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recordEdit, self.userCombo)
        QWidget.setTabOrder(self.userCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.entriesView)
        QWidget.setTabOrder(self.entriesView, self.detailText)

        self.retranslateUi(AuditDialog)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"\u5ba1\u8ba1\u65e5\u5fd7", None))
        self.recordLabel.setText(QCoreApplication.translate("AuditDialog", u"\u8bb0\u5f55(&R)\uff1a", None))
        self.recordEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"\u8bb0\u5f55\u7f16\u53f7\u6216\u6587\u53f7", None))
        self.userLabel.setText(QCoreApplication.translate("AuditDialog", u"\u7528\u6237(&U)\uff1a", None))
        self.fromLabel.setText(QCoreApplication.translate("AuditDialog", u"\u4ece(&F)\uff1a", None))
        self.fromEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"YYYY-MM-DD", None))
        self.toLabel.setText(QCoreApplication.translate("AuditDialog", u"\u81f3(&T)\uff1a", None))
        self.toEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"YYYY-MM-DD", None))
        self.searchButton.setText(QCoreApplication.translate("AuditDialog", u"\u67e5\u8be2(&S)", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("AuditDialog", u"color: #b00020;", None))
        self.detailText.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"\u9009\u62e9\u4e00\u6761\u8bb0\u5f55\uff0c\u67e5\u770b\u4fee\u6539\u524d\u540e\u7684\u5185\u5bb9", None))
    # retranslateUi
