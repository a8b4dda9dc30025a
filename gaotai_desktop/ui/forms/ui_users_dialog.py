# Generated from forms/users_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(620, 380)
        self.mainLayout = QVBoxLayout(UsersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(UsersDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.usersTable = QTableWidget(UsersDialog)
        if (self.usersTable.columnCount() < 4):
            self.usersTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.usersTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setColumnCount(4)
        self.usersTable.horizontalHeader().setStretchLastSection(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.bodyLayout.addWidget(self.usersTable)

        self.buttonsLayout = QVBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(UsersDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.roleButton = QPushButton(UsersDialog)
        self.roleButton.setObjectName(u"roleButton")

        self.buttonsLayout.addWidget(self.roleButton)

        self.passwordButton = QPushButton(UsersDialog)
        self.passwordButton.setObjectName(u"passwordButton")

        self.buttonsLayout.addWidget(self.passwordButton)

        self.activeButton = QPushButton(UsersDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonsLayout.addWidget(self.activeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.bodyLayout.addLayout(self.buttonsLayout)


        self.mainLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.usersTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.roleButton)
        QWidget.setTabOrder(self.roleButton, self.passwordButton)
        QWidget.setTabOrder(self.passwordButton, self.activeButton)

        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u7ba1\u7406", None))
        self.introLabel.setText(QCoreApplication.translate("UsersDialog", u"\u79d1\u5458\u53ef\u767b\u8bb0\u548c\u4e0b\u53d1\uff1b\u80a1\u957f\u8fd8\u53ef\u4ee5\u66f4\u6b63\u5df2\u4e0b\u53d1\u7684\u6587\u4e66\u3001\u767b\u8bb0\u6821\u9a8c\u672a\u901a\u8fc7\u7684\u4fe1\u7528\u4ee3\u7801\u3001\u89e3\u9664\u9650\u5236\u8bc4\u5148\u8bc4\u4f18\u3001\u67e5\u770b\u5b8c\u6574\u8eab\u4efd\u8bc1\u53f7\u3001\u6062\u590d\u5df2\u5220\u9664\u7684\u4f01\u4e1a\uff1b\u7ba1\u7406\u5458\u8fd8\u53ef\u4ee5\u7ba1\u7406\u7528\u6237\u3001\u6587\u53f7\u524d\u7f00\u548c\u8282\u5047\u65e5\u8868\u3002", None))
        ___qtablewidgetitem = self.usersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u540d", None))
        ___qtablewidgetitem1 = self.usersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersDialog", u"\u89d2\u8272", None))
        ___qtablewidgetitem2 = self.usersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsersDialog", u"\u72b6\u6001", None))
        ___qtablewidgetitem3 = self.usersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsersDialog", u"\u6700\u8fd1\u767b\u5f55", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"\u6dfb\u52a0\u7528\u6237(&A)\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("UsersDialog", u"\u4fee\u6539\u89d2\u8272(&R)\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("UsersDialog", u"\u91cd\u8bbe\u5bc6\u7801(&P)\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("UsersDialog", u"\u505c\u7528(&D)", None))
    # retranslateUi
