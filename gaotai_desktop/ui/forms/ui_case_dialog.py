# Generated from forms/case_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(560, 400)
        self.mainLayout = QVBoxLayout(CaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.usccLabel = QLabel(CaseDialog)
        self.usccLabel.setObjectName(u"usccLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usccLabel)

        self.usccEdit = QLineEdit(CaseDialog)
        self.usccEdit.setObjectName(u"usccEdit")
        self.usccEdit.setMaxLength(18)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usccEdit)

        self.workerLabel = QLabel(CaseDialog)
        self.workerLabel.setObjectName(u"workerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.workerLabel)

        self.workerEdit = QLineEdit(CaseDialog)
        self.workerEdit.setObjectName(u"workerEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.workerEdit)

        self.idNumberLabel = QLabel(CaseDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEdit = QLineEdit(CaseDialog)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(18)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.accidentDateLabel = QLabel(CaseDialog)
        self.accidentDateLabel.setObjectName(u"accidentDateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.accidentDateLabel)

        self.accidentDateEdit = DateEdit(CaseDialog)
        self.accidentDateEdit.setObjectName(u"accidentDateEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accidentDateEdit)

        self.appliedLabel = QLabel(CaseDialog)
        self.appliedLabel.setObjectName(u"appliedLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.appliedLabel)

        self.appliedEdit = DateEdit(CaseDialog)
        self.appliedEdit.setObjectName(u"appliedEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.appliedEdit)

        self.applicantLabel = QLabel(CaseDialog)
        self.applicantLabel.setObjectName(u"applicantLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.applicantLabel)

        self.applicantCombo = QComboBox(CaseDialog)
        self.applicantCombo.setObjectName(u"applicantCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.applicantCombo)

        self.channelLabel = QLabel(CaseDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(CaseDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.lateLabel = QLabel(CaseDialog)
        self.lateLabel.setObjectName(u"lateLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lateLabel)

        self.lateEdit = QLineEdit(CaseDialog)
        self.lateEdit.setObjectName(u"lateEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lateEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(CaseDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(CaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usccLabel.setBuddy(self.usccEdit)
        self.workerLabel.setBuddy(self.workerEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.accidentDateLabel.setBuddy(self.accidentDateEdit)
        self.appliedLabel.setBuddy(self.appliedEdit)
        self.applicantLabel.setBuddy(self.applicantCombo)
        self.channelLabel.setBuddy(self.channelCombo)
        self.lateLabel.setBuddy(self.lateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usccEdit, self.workerEdit)
        QWidget.setTabOrder(self.workerEdit, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.accidentDateEdit)
        QWidget.setTabOrder(self.accidentDateEdit, self.appliedEdit)
        QWidget.setTabOrder(self.appliedEdit, self.applicantCombo)
        QWidget.setTabOrder(self.applicantCombo, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.lateEdit)

        self.retranslateUi(CaseDialog)

        QMetaObject.connectSlotsByName(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"\u767b\u8bb0\u5de5\u4f24\u8ba4\u5b9a\u7533\u8bf7", None))
        self.usccLabel.setText(QCoreApplication.translate("CaseDialog", u"\u7528\u4eba\u5355\u4f4d\u4fe1\u7528\u4ee3\u7801(&U)*", None))
        self.workerLabel.setText(QCoreApplication.translate("CaseDialog", u"\u804c\u5de5\u59d3\u540d(&W)*", None))
        self.idNumberLabel.setText(QCoreApplication.translate("CaseDialog", u"\u8eab\u4efd\u8bc1\u53f7(&I)*", None))
        self.accidentDateLabel.setText(QCoreApplication.translate("CaseDialog", u"\u4e8b\u6545\u65e5\u671f(&D)*", None))
        self.appliedLabel.setText(QCoreApplication.translate("CaseDialog", u"\u7533\u8bf7\u65e5\u671f(&P)*", None))
        self.applicantLabel.setText(QCoreApplication.translate("CaseDialog", u"\u7533\u8bf7\u4eba(&A)", None))
        self.channelLabel.setText(QCoreApplication.translate("CaseDialog", u"\u53d7\u7406\u6e20\u9053(&C)", None))
        self.lateLabel.setText(QCoreApplication.translate("CaseDialog", u"\u903e\u671f\u7533\u8bf7\u786e\u8ba4(&L)", None))
        self.lateEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"\u8d85\u8fc7\u7533\u8bf7\u65f6\u9650\u65f6\u586b\u5199\uff1a\u786e\u8ba4\u4eba\u548c\u7406\u7531", None))
        self.hintLabel.setText(QCoreApplication.translate("CaseDialog", u"\u7528\u4eba\u5355\u4f4d\u81ea\u4e8b\u6545\u4e4b\u65e5\u8d7730\u65e5\u5185\u7533\u8bf7\uff0c\u804c\u5de5\u3001\u8fd1\u4eb2\u5c5e\u6216\u5de5\u4f1a\u7ec4\u7ec71\u5e74\u5185\u7533\u8bf7\u3002\u4e8b\u6545\u5c1a\u672a\u767b\u8bb0\u7684\uff0c\u4fdd\u5b58\u65f6\u4e00\u5e76\u767b\u8bb0\u5230\u4e8b\u6545\u53f0\u8d26\u3002", None))
    # retranslateUi
