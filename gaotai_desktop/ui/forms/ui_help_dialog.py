# Generated from forms/help_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_dialog.ui'
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
    QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_HelpDialog(object):
    def setupUi(self, HelpDialog):
        if not HelpDialog.objectName():
            HelpDialog.setObjectName(u"HelpDialog")
        HelpDialog.resize(760, 620)
        self.mainLayout = QVBoxLayout(HelpDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.backButton = QPushButton(HelpDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.navigationLayout.addWidget(self.backButton)

        self.contentsButton = QPushButton(HelpDialog)
        self.contentsButton.setObjectName(u"contentsButton")
        self.contentsButton.setAutoDefault(False)

        self.navigationLayout.addWidget(self.contentsButton)

        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationLayout.addItem(self.navigationSpacer)


        self.mainLayout.addLayout(self.navigationLayout)

        self.browser = QTextBrowser(HelpDialog)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(False)

        self.mainLayout.addWidget(self.browser)

        self.buttonBox = QDialogButtonBox(HelpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.browser, self.backButton)
        QWidget.setTabOrder(self.backButton, self.contentsButton)

        self.retranslateUi(HelpDialog)

        QMetaObject.connectSlotsByName(HelpDialog)
    # setupUi

    def retranslateUi(self, HelpDialog):
        HelpDialog.setWindowTitle(QCoreApplication.translate("HelpDialog", u"\u4f7f\u7528\u624b\u518c", None))
        self.backButton.setText(QCoreApplication.translate("HelpDialog", u"\u540e\u9000(&B)", None))
        self.contentsButton.setText(QCoreApplication.translate("HelpDialog", u"\u76ee\u5f55(&C)", None))
    # retranslateUi
