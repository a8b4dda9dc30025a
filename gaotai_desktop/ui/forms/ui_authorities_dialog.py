# Generated from forms/authorities_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'authorities_dialog.ui'
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
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AuthoritiesDialog(object):
    def setupUi(self, AuthoritiesDialog):
        if not AuthoritiesDialog.objectName():
            AuthoritiesDialog.setObjectName(u"AuthoritiesDialog")
        AuthoritiesDialog.resize(820, 460)
        self.mainLayout = QVBoxLayout(AuthoritiesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(AuthoritiesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.authoritiesTable = QTableWidget(AuthoritiesDialog)
        if (self.authoritiesTable.columnCount() < 3):
            self.authoritiesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.authoritiesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.authoritiesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.authoritiesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.authoritiesTable.setObjectName(u"authoritiesTable")
        self.authoritiesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.authoritiesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.authoritiesTable.setColumnCount(3)
        self.authoritiesTable.horizontalHeader().setStretchLastSection(True)

        self.mainLayout.addWidget(self.authoritiesTable)

        self.errorLabel = QLabel(AuthoritiesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(AuthoritiesDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.buttonBox = QDialogButtonBox(AuthoritiesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.authoritiesTable, self.addButton)

        self.retranslateUi(AuthoritiesDialog)

        QMetaObject.connectSlotsByName(AuthoritiesDialog)
    # setupUi

    def retranslateUi(self, AuthoritiesDialog):
        AuthoritiesDialog.setWindowTitle(QCoreApplication.translate("AuthoritiesDialog", u"\u884c\u4e1a\u4e3b\u7ba1\u90e8\u95e8", None))
        self.introLabel.setText(QCoreApplication.translate("AuthoritiesDialog", u"\u901a\u62a5\u884c\u4e1a\u4e3b\u7ba1\u90e8\u95e8\u51fd\u7684\u9001\u8fbe\u56de\u8bc1\u5370\u8fd9\u91cc\u7684\u9001\u8fbe\u5730\u5740\u3002\u53cc\u51fb\u5355\u5143\u683c\u4fee\u6539\uff1b\u90e8\u95e8\u540d\u79f0\u5df2\u88ab\u4f01\u4e1a\u5f15\u7528\uff0c\u53ea\u6709\u65b0\u589e\u7684\u90e8\u95e8\u53ef\u4ee5\u586b\u5199\u540d\u79f0\u3002", None))
        ___qtablewidgetitem = self.authoritiesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AuthoritiesDialog", u"\u90e8\u95e8\u540d\u79f0", None))
        ___qtablewidgetitem1 = self.authoritiesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AuthoritiesDialog", u"\u9001\u8fbe\u5730\u5740", None))
        ___qtablewidgetitem2 = self.authoritiesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AuthoritiesDialog", u"\u8054\u7cfb\u4eba\u53ca\u7535\u8bdd", None))
        self.addButton.setText(QCoreApplication.translate("AuthoritiesDialog", u"\u65b0\u589e\u90e8\u95e8(&N)", None))
    # retranslateUi
