# Generated from forms/hotline_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hotline_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QTimeEdit,
    QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_HotlineDialog(object):
    def setupUi(self, HotlineDialog):
        if not HotlineDialog.objectName():
            HotlineDialog.setObjectName(u"HotlineDialog")
        HotlineDialog.resize(580, 560)
        self.mainLayout = QVBoxLayout(HotlineDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(HotlineDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.dateEdit = DateEdit(HotlineDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.whenLayout.addWidget(self.dateEdit)

        self.timeEdit = QTimeEdit(HotlineDialog)
        self.timeEdit.setObjectName(u"timeEdit")

        self.whenLayout.addWidget(self.timeEdit)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.topicLabel = QLabel(HotlineDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicCombo = QComboBox(HotlineDialog)
        self.topicCombo.setObjectName(u"topicCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicCombo)

        self.handlerLabel = QLabel(HotlineDialog)
        self.handlerLabel.setObjectName(u"handlerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.handlerLabel)

        self.handlerEdit = QLineEdit(HotlineDialog)
        self.handlerEdit.setObjectName(u"handlerEdit")
        self.handlerEdit.setMaxLength(64)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.handlerEdit)

        self.callerLabel = QLabel(HotlineDialog)
        self.callerLabel.setObjectName(u"callerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.callerLabel)

        self.callerEdit = QLineEdit(HotlineDialog)
        self.callerEdit.setObjectName(u"callerEdit")
        self.callerEdit.setMaxLength(64)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.callerEdit)

        self.phoneLabel = QLabel(HotlineDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(HotlineDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(32)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.enterpriseLabel = QLabel(HotlineDialog)
        self.enterpriseLabel.setObjectName(u"enterpriseLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.enterpriseLabel)

        self.enterpriseEdit = QLineEdit(HotlineDialog)
        self.enterpriseEdit.setObjectName(u"enterpriseEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.enterpriseEdit)

        self.enterpriseHint = QLabel(HotlineDialog)
        self.enterpriseHint.setObjectName(u"enterpriseHint")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.enterpriseHint)

        self.adviceLabel = QLabel(HotlineDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.adviceLabel)

        self.adviceEdit = QPlainTextEdit(HotlineDialog)
        self.adviceEdit.setObjectName(u"adviceEdit")
        self.adviceEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.adviceEdit)

        self.referralLabel = QLabel(HotlineDialog)
        self.referralLabel.setObjectName(u"referralLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.referralLabel)

        self.referralCombo = QComboBox(HotlineDialog)
        self.referralCombo.setObjectName(u"referralCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.referralCombo)

        self.followUpLabel = QLabel(HotlineDialog)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpEdit = DateEdit(HotlineDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.followUpEdit)

        self.outcomeLabel = QLabel(HotlineDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QLineEdit(HotlineDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(HotlineDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.topicLabel.setBuddy(self.topicCombo)
        self.handlerLabel.setBuddy(self.handlerEdit)
        self.callerLabel.setBuddy(self.callerEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.enterpriseLabel.setBuddy(self.enterpriseEdit)
        self.adviceLabel.setBuddy(self.adviceEdit)
        self.referralLabel.setBuddy(self.referralCombo)
        self.followUpLabel.setBuddy(self.followUpEdit)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.topicCombo)
        QWidget.setTabOrder(self.topicCombo, self.handlerEdit)
        QWidget.setTabOrder(self.handlerEdit, self.callerEdit)
        QWidget.setTabOrder(self.callerEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.enterpriseEdit)
        QWidget.setTabOrder(self.enterpriseEdit, self.adviceEdit)
        QWidget.setTabOrder(self.adviceEdit, self.referralCombo)
        QWidget.setTabOrder(self.referralCombo, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.outcomeEdit)

        self.retranslateUi(HotlineDialog)

        QMetaObject.connectSlotsByName(HotlineDialog)
    # setupUi

    def retranslateUi(self, HotlineDialog):
        HotlineDialog.setWindowTitle(QCoreApplication.translate("HotlineDialog", u"\u767b\u8bb0\u7ef4\u6743\u70ed\u7ebf\u6765\u7535", None))
        self.dateLabel.setText(QCoreApplication.translate("HotlineDialog", u"\u6765\u7535\u65e5\u671f(&D)*", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("HotlineDialog", u"HH:mm", None))
        self.topicLabel.setText(QCoreApplication.translate("HotlineDialog", u"\u6765\u7535\u7c7b\u522b(&T)*", None))
        self.handlerLabel.setText(QCoreApplication.translate("HotlineDialog", u"\u63a5\u542c\u4eba(&H)*", None))
        self.callerLabel.setText(QCoreApplication.translate("HotlineDialog", u"\u6765\u7535\u4eba(&C)", None))
        self.callerEdit.setPlaceholderText(QCoreApplication.translate("HotlineDialog", u"\u5217\u8868\u4e2d\u53ea\u663e\u793a\u59d3\u6c0f", None))
        self.phoneLabel.setText(QCoreApplication.translate("HotlineDialog", u"\u6765\u7535\u53f7\u7801(&P)", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("HotlineDialog", u"\u5217\u8868\u4e2d\u53ea\u663e\u793a\u524d\u4e09\u4f4d\u548c\u540e\u56db\u4f4d", None))
        self.enterpriseLabel.setText(QCoreApplication.translate("HotlineDialog", u"\u6d89\u53ca\u4f01\u4e1a(&E)", None))
        self.enterpriseEdit.setPlaceholderText(QCoreApplication.translate("HotlineDialog", u"\u8f93\u5165\u4fe1\u7528\u4ee3\u7801\u6216\u4f01\u4e1a\u540d\u79f0\u7684\u4e00\u90e8\u5206\uff0c\u4ece\u5217\u8868\u4e2d\u9009\u62e9\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.enterpriseHint.setText("")
        self.adviceLabel.setText(QCoreApplication.translate("HotlineDialog", u"\u7b54\u590d\u610f\u89c1(&A)", None))
        self.referralLabel.setText(QCoreApplication.translate("HotlineDialog", u"\u8f6c\u529e\u53bb\u5411(&R)", None))
        self.followUpLabel.setText(QCoreApplication.translate("HotlineDialog", u"\u56de\u8bbf\u671f\u9650(&F)", None))
        self.outcomeLabel.setText(QCoreApplication.translate("HotlineDialog", u"\u529e\u7406\u7ed3\u679c(&O)", None))
    # retranslateUi
