# Generated from forms/case_intake.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_intake.ui'
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
    QDialogButtonBox, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_CaseIntakeDialog(object):
    def setupUi(self, CaseIntakeDialog):
        if not CaseIntakeDialog.objectName():
            CaseIntakeDialog.setObjectName(u"CaseIntakeDialog")
        CaseIntakeDialog.resize(640, 760)
        font = QFont()
        font.setPointSize(15)
        CaseIntakeDialog.setFont(font)
        self.mainLayout = QVBoxLayout(CaseIntakeDialog)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.channelLabel = QLabel(CaseIntakeDialog)
        self.channelLabel.setObjectName(u"channelLabel")
        self.channelLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.channelLabel)

        self.employerLabel = QLabel(CaseIntakeDialog)
        self.employerLabel.setObjectName(u"employerLabel")

        self.mainLayout.addWidget(self.employerLabel)

        self.employerCombo = QComboBox(CaseIntakeDialog)
        self.employerCombo.setObjectName(u"employerCombo")
        self.employerCombo.setMinimumSize(QSize(0, 44))
        self.employerCombo.setEditable(True)

        self.mainLayout.addWidget(self.employerCombo)

        self.workerLabel = QLabel(CaseIntakeDialog)
        self.workerLabel.setObjectName(u"workerLabel")

        self.mainLayout.addWidget(self.workerLabel)

        self.workerEdit = QLineEdit(CaseIntakeDialog)
        self.workerEdit.setObjectName(u"workerEdit")
        self.workerEdit.setMinimumSize(QSize(0, 44))

        self.mainLayout.addWidget(self.workerEdit)

        self.idNumberLabel = QLabel(CaseIntakeDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.mainLayout.addWidget(self.idNumberLabel)

        self.idNumberEdit = QLineEdit(CaseIntakeDialog)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMinimumSize(QSize(0, 44))
        self.idNumberEdit.setMaxLength(18)

        self.mainLayout.addWidget(self.idNumberEdit)

        self.accidentDateLabel = QLabel(CaseIntakeDialog)
        self.accidentDateLabel.setObjectName(u"accidentDateLabel")

        self.mainLayout.addWidget(self.accidentDateLabel)

        self.accidentDateEdit = DateEdit(CaseIntakeDialog)
        self.accidentDateEdit.setObjectName(u"accidentDateEdit")
        self.accidentDateEdit.setMinimumSize(QSize(0, 44))

        self.mainLayout.addWidget(self.accidentDateEdit)

        self.applicantLabel = QLabel(CaseIntakeDialog)
        self.applicantLabel.setObjectName(u"applicantLabel")

        self.mainLayout.addWidget(self.applicantLabel)

        self.applicantCombo = QComboBox(CaseIntakeDialog)
        self.applicantCombo.setObjectName(u"applicantCombo")
        self.applicantCombo.setMinimumSize(QSize(0, 44))

        self.mainLayout.addWidget(self.applicantCombo)

        self.appliedLabel = QLabel(CaseIntakeDialog)
        self.appliedLabel.setObjectName(u"appliedLabel")

        self.mainLayout.addWidget(self.appliedLabel)

        self.appliedEdit = DateEdit(CaseIntakeDialog)
        self.appliedEdit.setObjectName(u"appliedEdit")
        self.appliedEdit.setMinimumSize(QSize(0, 44))

        self.mainLayout.addWidget(self.appliedEdit)

        self.lateLabel = QLabel(CaseIntakeDialog)
        self.lateLabel.setObjectName(u"lateLabel")

        self.mainLayout.addWidget(self.lateLabel)

        self.lateEdit = QLineEdit(CaseIntakeDialog)
        self.lateEdit.setObjectName(u"lateEdit")
        self.lateEdit.setMinimumSize(QSize(0, 44))

        self.mainLayout.addWidget(self.lateEdit)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(CaseIntakeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setMinimumSize(QSize(0, 48))
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.employerLabel.setBuddy(self.employerCombo)
        self.workerLabel.setBuddy(self.workerEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.accidentDateLabel.setBuddy(self.accidentDateEdit)
        self.applicantLabel.setBuddy(self.applicantCombo)
        self.appliedLabel.setBuddy(self.appliedEdit)
        self.lateLabel.setBuddy(self.lateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.employerCombo, self.workerEdit)
        QWidget.setTabOrder(self.workerEdit, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.accidentDateEdit)
        QWidget.setTabOrder(self.accidentDateEdit, self.applicantCombo)
        QWidget.setTabOrder(self.applicantCombo, self.appliedEdit)
        QWidget.setTabOrder(self.appliedEdit, self.lateEdit)

        self.retranslateUi(CaseIntakeDialog)

        QMetaObject.connectSlotsByName(CaseIntakeDialog)
    # setupUi

    def retranslateUi(self, CaseIntakeDialog):
        CaseIntakeDialog.setWindowTitle(QCoreApplication.translate("CaseIntakeDialog", u"\u4e0a\u95e8\u53d7\u7406\u5de5\u4f24\u8ba4\u5b9a\u7533\u8bf7", None))
        self.channelLabel.setText(QCoreApplication.translate("CaseIntakeDialog", u"\u53d7\u7406\u6e20\u9053\uff1a\u4e0a\u95e8\u53d7\u7406\u3002\u4fdd\u5b58\u540e\u5373\u767b\u8bb0\u6848\u4ef6\uff0c\u4e8b\u6545\u5c1a\u672a\u767b\u8bb0\u7684\u4e00\u5e76\u767b\u8bb0\u5230\u4e8b\u6545\u53f0\u8d26\u3002", None))
        self.employerLabel.setText(QCoreApplication.translate("CaseIntakeDialog", u"\u7528\u4eba\u5355\u4f4d\uff08\u540d\u79f0\u6216\u4fe1\u7528\u4ee3\u7801\uff09(&U)*", None))
        self.workerLabel.setText(QCoreApplication.translate("CaseIntakeDialog", u"\u53d7\u4f24\u804c\u5de5\u59d3\u540d(&W)*", None))
        self.idNumberLabel.setText(QCoreApplication.translate("CaseIntakeDialog", u"\u804c\u5de5\u8eab\u4efd\u8bc1\u53f7(&I)*", None))
        self.accidentDateLabel.setText(QCoreApplication.translate("CaseIntakeDialog", u"\u4e8b\u6545\u65e5\u671f(&D)*", None))
        self.applicantLabel.setText(QCoreApplication.translate("CaseIntakeDialog", u"\u7533\u8bf7\u4eba(&A)", None))
        self.appliedLabel.setText(QCoreApplication.translate("CaseIntakeDialog", u"\u7533\u8bf7\u65e5\u671f\uff08\u4eca\u5929\u4e0a\u95e8\u53d7\u7406\uff09(&P)*", None))
        self.lateLabel.setText(QCoreApplication.translate("CaseIntakeDialog", u"\u903e\u671f\u7533\u8bf7\u786e\u8ba4\uff08\u8d85\u8fc7\u7533\u8bf7\u65f6\u9650\u65f6\u586b\u5199\u786e\u8ba4\u4eba\u548c\u7406\u7531\uff09(&L)", None))
    # retranslateUi
