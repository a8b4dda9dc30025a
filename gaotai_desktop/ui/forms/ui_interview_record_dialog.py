# Generated from forms/interview_record_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interview_record_dialog.ui'
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
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTimeEdit, QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_InterviewRecordDialog(object):
    def setupUi(self, InterviewRecordDialog):
        if not InterviewRecordDialog.objectName():
            InterviewRecordDialog.setObjectName(u"InterviewRecordDialog")
        InterviewRecordDialog.resize(680, 620)
        self.mainLayout = QVBoxLayout(InterviewRecordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.warningLabel = QLabel(InterviewRecordDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.warningLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonLabel = QLabel(InterviewRecordDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(InterviewRecordDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.heldAtLabel = QLabel(InterviewRecordDialog)
        self.heldAtLabel.setObjectName(u"heldAtLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heldAtLabel)

        self.heldAtLayout = QHBoxLayout()
        self.heldAtLayout.setObjectName(u"heldAtLayout")
        self.heldOnEdit = DateEdit(InterviewRecordDialog)
        self.heldOnEdit.setObjectName(u"heldOnEdit")

        self.heldAtLayout.addWidget(self.heldOnEdit)

        self.heldTimeEdit = QTimeEdit(InterviewRecordDialog)
        self.heldTimeEdit.setObjectName(u"heldTimeEdit")

        self.heldAtLayout.addWidget(self.heldTimeEdit)

        self.heldAtSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heldAtLayout.addItem(self.heldAtSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.heldAtLayout)

        self.placeLabel = QLabel(InterviewRecordDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeCombo = QComboBox(InterviewRecordDialog)
        self.placeCombo.setObjectName(u"placeCombo")
        self.placeCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeCombo)

        self.officePeopleLabel = QLabel(InterviewRecordDialog)
        self.officePeopleLabel.setObjectName(u"officePeopleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officePeopleLabel)

        self.officePeopleEdit = QLineEdit(InterviewRecordDialog)
        self.officePeopleEdit.setObjectName(u"officePeopleEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officePeopleEdit)

        self.enterprisePeopleLabel = QLabel(InterviewRecordDialog)
        self.enterprisePeopleLabel.setObjectName(u"enterprisePeopleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.enterprisePeopleLabel)

        self.enterprisePeopleEdit = QLineEdit(InterviewRecordDialog)
        self.enterprisePeopleEdit.setObjectName(u"enterprisePeopleEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.enterprisePeopleEdit)

        self.statementLabel = QLabel(InterviewRecordDialog)
        self.statementLabel.setObjectName(u"statementLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statementLabel)

        self.statementEdit = QPlainTextEdit(InterviewRecordDialog)
        self.statementEdit.setObjectName(u"statementEdit")
        self.statementEdit.setTabChangesFocus(True)
        self.statementEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statementEdit)

        self.requirementsLabel = QLabel(InterviewRecordDialog)
        self.requirementsLabel.setObjectName(u"requirementsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.requirementsLabel)

        self.requirementsEdit = QPlainTextEdit(InterviewRecordDialog)
        self.requirementsEdit.setObjectName(u"requirementsEdit")
        self.requirementsEdit.setTabChangesFocus(True)
        self.requirementsEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.requirementsEdit)

        self.followUpLabel = QLabel(InterviewRecordDialog)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpEdit = DateEdit(InterviewRecordDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.followUpEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.printLayout = QHBoxLayout()
        self.printLayout.setObjectName(u"printLayout")
        self.printButton = QPushButton(InterviewRecordDialog)
        self.printButton.setObjectName(u"printButton")

        self.printLayout.addWidget(self.printButton)

        self.printBlankButton = QPushButton(InterviewRecordDialog)
        self.printBlankButton.setObjectName(u"printBlankButton")

        self.printLayout.addWidget(self.printBlankButton)

        self.savePdfButton = QPushButton(InterviewRecordDialog)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.printLayout.addWidget(self.savePdfButton)

        self.printSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printLayout.addItem(self.printSpacer)


        self.mainLayout.addLayout(self.printLayout)

        self.buttonBox = QDialogButtonBox(InterviewRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.heldAtLabel.setBuddy(self.heldOnEdit)
        self.placeLabel.setBuddy(self.placeCombo)
        self.officePeopleLabel.setBuddy(self.officePeopleEdit)
        self.enterprisePeopleLabel.setBuddy(self.enterprisePeopleEdit)
        self.statementLabel.setBuddy(self.statementEdit)
        self.requirementsLabel.setBuddy(self.requirementsEdit)
        self.followUpLabel.setBuddy(self.followUpEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.heldOnEdit)
        QWidget.setTabOrder(self.heldOnEdit, self.heldTimeEdit)
        QWidget.setTabOrder(self.heldTimeEdit, self.placeCombo)
        QWidget.setTabOrder(self.placeCombo, self.officePeopleEdit)
        QWidget.setTabOrder(self.officePeopleEdit, self.enterprisePeopleEdit)
        QWidget.setTabOrder(self.enterprisePeopleEdit, self.statementEdit)
        QWidget.setTabOrder(self.statementEdit, self.requirementsEdit)
        QWidget.setTabOrder(self.requirementsEdit, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.printBlankButton)
        QWidget.setTabOrder(self.printBlankButton, self.savePdfButton)

        self.retranslateUi(InterviewRecordDialog)

        QMetaObject.connectSlotsByName(InterviewRecordDialog)
    # setupUi

    def retranslateUi(self, InterviewRecordDialog):
        InterviewRecordDialog.setWindowTitle(QCoreApplication.translate("InterviewRecordDialog", u"\u7ea6\u8c08\u8bb0\u5f55", None))
        self.reasonLabel.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u7ea6\u8c08\u4e8b\u7531(&R)*", None))
        self.heldAtLabel.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u7ea6\u8c08\u65f6\u95f4(&T)*", None))
        self.heldTimeEdit.setDisplayFormat(QCoreApplication.translate("InterviewRecordDialog", u"HH:mm", None))
#if QT_CONFIG(tooltip)
        self.heldTimeEdit.setToolTip(QCoreApplication.translate("InterviewRecordDialog", u"\u7ea6\u8c08\u5f00\u59cb\u65f6\u95f4\uff08\u65f6:\u5206\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.placeLabel.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u7ea6\u8c08\u5730\u70b9(&L)", None))
        self.officePeopleLabel.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u7ea6\u8c08\u4eba\u5458(&O)", None))
        self.officePeopleEdit.setPlaceholderText(QCoreApplication.translate("InterviewRecordDialog", u"\u6211\u5c40\u53c2\u52a0\u4eba\u5458\u7684\u59d3\u540d\u548c\u804c\u52a1", None))
        self.enterprisePeopleLabel.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u88ab\u7ea6\u8c08\u4eba\u5458(&E)", None))
        self.enterprisePeopleEdit.setPlaceholderText(QCoreApplication.translate("InterviewRecordDialog", u"\u4f01\u4e1a\u53c2\u52a0\u4eba\u5458\u7684\u59d3\u540d\u548c\u804c\u52a1\uff0c\u4f8b\u5982\uff1a\u5f20\u4f1f\uff08\u603b\u7ecf\u7406\uff09", None))
        self.statementLabel.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u4f01\u4e1a\u9648\u8ff0\u60c5\u51b5(&S)", None))
        self.statementEdit.setPlaceholderText(QCoreApplication.translate("InterviewRecordDialog", u"\u4f01\u4e1a\u5bf9\u4e8b\u6545\u7ecf\u8fc7\u3001\u539f\u56e0\u548c\u5df2\u91c7\u53d6\u63aa\u65bd\u7684\u9648\u8ff0\uff08\u6bcf\u884c\u5370\u4e3a\u4e00\u6bb5\uff09", None))
        self.requirementsLabel.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u7ea6\u8c08\u8981\u6c42(&Q)", None))
        self.requirementsEdit.setPlaceholderText(QCoreApplication.translate("InterviewRecordDialog", u"\u5bf9\u4f01\u4e1a\u63d0\u51fa\u7684\u6574\u6539\u8981\u6c42\uff08\u6bcf\u884c\u5370\u4e3a\u4e00\u6bb5\uff09", None))
        self.followUpLabel.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u843d\u5b9e\u60c5\u51b5\u62a5\u544a\u671f\u9650(&D)", None))
        self.printButton.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u6253\u5370\u8bb0\u5f55(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("InterviewRecordDialog", u"\u6309\u4e0a\u9762\u586b\u5199\u7684\u5185\u5bb9\u6253\u5370\u7ea6\u8c08\u8bb0\u5f55\uff0c\u4f9b\u53cc\u65b9\u7b7e\u540d", None))
#endif // QT_CONFIG(tooltip)
        self.printBlankButton.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u6253\u5370\u7a7a\u767d\u8bb0\u5f55(&B)\u2026", None))
#if QT_CONFIG(tooltip)
        self.printBlankButton.setToolTip(QCoreApplication.translate("InterviewRecordDialog", u"\u6253\u5370\u53ea\u6709\u4f01\u4e1a\u540d\u79f0\u548c\u7ea6\u8c08\u4e8b\u7531\u7684\u7a7a\u767d\u8bb0\u5f55\uff0c\u7ea6\u8c08\u65f6\u624b\u5199", None))
#endif // QT_CONFIG(tooltip)
        self.savePdfButton.setText(QCoreApplication.translate("InterviewRecordDialog", u"\u53e6\u5b58\u4e3aPDF(&F)", None))
    # retranslateUi
