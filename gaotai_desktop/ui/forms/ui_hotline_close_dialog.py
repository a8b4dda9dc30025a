# Generated from forms/hotline_close_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hotline_close_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_HotlineCloseDialog(object):
    def setupUi(self, HotlineCloseDialog):
        if not HotlineCloseDialog.objectName():
            HotlineCloseDialog.setObjectName(u"HotlineCloseDialog")
        HotlineCloseDialog.resize(480, 200)
        self.mainLayout = QVBoxLayout(HotlineCloseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.callLabel = QLabel(HotlineCloseDialog)
        self.callLabel.setObjectName(u"callLabel")
        self.callLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.callLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(HotlineCloseDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(HotlineCloseDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.outcomeLabel = QLabel(HotlineCloseDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QLineEdit(HotlineCloseDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(HotlineCloseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.outcomeEdit)

        self.retranslateUi(HotlineCloseDialog)

        QMetaObject.connectSlotsByName(HotlineCloseDialog)
    # setupUi

    def retranslateUi(self, HotlineCloseDialog):
        HotlineCloseDialog.setWindowTitle(QCoreApplication.translate("HotlineCloseDialog", u"\u6765\u7535\u7ed3\u6848", None))
        self.callLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("HotlineCloseDialog", u"\u7ed3\u6848\u65e5\u671f(&D)*", None))
        self.outcomeLabel.setText(QCoreApplication.translate("HotlineCloseDialog", u"\u529e\u7406\u7ed3\u679c(&O)*", None))
    # retranslateUi
