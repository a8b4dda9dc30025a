# Generated from forms/office_settings_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_settings_dialog.ui'
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
    QFormLayout, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_OfficeSettingsDialog(object):
    def setupUi(self, OfficeSettingsDialog):
        if not OfficeSettingsDialog.objectName():
            OfficeSettingsDialog.setObjectName(u"OfficeSettingsDialog")
        OfficeSettingsDialog.resize(720, 600)
        self.mainLayout = QVBoxLayout(OfficeSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(OfficeSettingsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.settingsTabs = QTabWidget(OfficeSettingsDialog)
        self.settingsTabs.setObjectName(u"settingsTabs")
        self.issuerPage = QWidget()
        self.issuerPage.setObjectName(u"issuerPage")
        self.issuerForm = QFormLayout(self.issuerPage)
        self.issuerForm.setObjectName(u"issuerForm")
        self.issuerForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.issuerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.issuingBodyLabel = QLabel(self.issuerPage)
        self.issuingBodyLabel.setObjectName(u"issuingBodyLabel")

        self.issuerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issuingBodyLabel)

        self.issuingBodyLayout = QVBoxLayout()
        self.issuingBodyLayout.setSpacing(2)
        self.issuingBodyLayout.setObjectName(u"issuingBodyLayout")
        self.issuingBodyEdit = QLineEdit(self.issuerPage)
        self.issuingBodyEdit.setObjectName(u"issuingBodyEdit")
        self.issuingBodyEdit.setMaxLength(40)

        self.issuingBodyLayout.addWidget(self.issuingBodyEdit)

        self.issuingBodyError = QLabel(self.issuerPage)
        self.issuingBodyError.setObjectName(u"issuingBodyError")
        self.issuingBodyError.setWordWrap(True)

        self.issuingBodyLayout.addWidget(self.issuingBodyError)


        self.issuerForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.issuingBodyLayout)

        self.issuingBodyShortLabel = QLabel(self.issuerPage)
        self.issuingBodyShortLabel.setObjectName(u"issuingBodyShortLabel")

        self.issuerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuingBodyShortLabel)

        self.issuingBodyShortLayout = QVBoxLayout()
        self.issuingBodyShortLayout.setSpacing(2)
        self.issuingBodyShortLayout.setObjectName(u"issuingBodyShortLayout")
        self.issuingBodyShortEdit = QLineEdit(self.issuerPage)
        self.issuingBodyShortEdit.setObjectName(u"issuingBodyShortEdit")
        self.issuingBodyShortEdit.setMaxLength(20)

        self.issuingBodyShortLayout.addWidget(self.issuingBodyShortEdit)

        self.issuingBodyShortError = QLabel(self.issuerPage)
        self.issuingBodyShortError.setObjectName(u"issuingBodyShortError")
        self.issuingBodyShortError.setWordWrap(True)

        self.issuingBodyShortLayout.addWidget(self.issuingBodyShortError)


        self.issuerForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.issuingBodyShortLayout)

        self.contactPersonLabel = QLabel(self.issuerPage)
        self.contactPersonLabel.setObjectName(u"contactPersonLabel")

        self.issuerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactPersonLabel)

        self.contactPersonLayout = QVBoxLayout()
        self.contactPersonLayout.setSpacing(2)
        self.contactPersonLayout.setObjectName(u"contactPersonLayout")
        self.contactPersonEdit = QLineEdit(self.issuerPage)
        self.contactPersonEdit.setObjectName(u"contactPersonEdit")
        self.contactPersonEdit.setMaxLength(20)

        self.contactPersonLayout.addWidget(self.contactPersonEdit)

        self.contactPersonError = QLabel(self.issuerPage)
        self.contactPersonError.setObjectName(u"contactPersonError")
        self.contactPersonError.setWordWrap(True)

        self.contactPersonLayout.addWidget(self.contactPersonError)


        self.issuerForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.contactPersonLayout)

        self.contactPhoneLabel = QLabel(self.issuerPage)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.issuerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneLayout = QVBoxLayout()
        self.contactPhoneLayout.setSpacing(2)
        self.contactPhoneLayout.setObjectName(u"contactPhoneLayout")
        self.contactPhoneEdit = QLineEdit(self.issuerPage)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")
        self.contactPhoneEdit.setMaxLength(40)

        self.contactPhoneLayout.addWidget(self.contactPhoneEdit)

        self.contactPhoneError = QLabel(self.issuerPage)
        self.contactPhoneError.setObjectName(u"contactPhoneError")
        self.contactPhoneError.setWordWrap(True)

        self.contactPhoneLayout.addWidget(self.contactPhoneError)


        self.issuerForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.contactPhoneLayout)

        self.addressLabel = QLabel(self.issuerPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.issuerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressLayout = QVBoxLayout()
        self.addressLayout.setSpacing(2)
        self.addressLayout.setObjectName(u"addressLayout")
        self.addressEdit = QLineEdit(self.issuerPage)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(80)

        self.addressLayout.addWidget(self.addressEdit)

        self.addressError = QLabel(self.issuerPage)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.addressLayout.addWidget(self.addressError)


        self.issuerForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.addressLayout)

        self.settingsTabs.addTab(self.issuerPage, "")
        self.numberPage = QWidget()
        self.numberPage.setObjectName(u"numberPage")
        self.numberLayout = QVBoxLayout(self.numberPage)
        self.numberLayout.setObjectName(u"numberLayout")
        self.prefixGroup = QGroupBox(self.numberPage)
        self.prefixGroup.setObjectName(u"prefixGroup")
        self.prefixForm = QFormLayout(self.prefixGroup)
        self.prefixForm.setObjectName(u"prefixForm")
        self.prefixForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.prefixForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.riskPrefixLabel = QLabel(self.prefixGroup)
        self.riskPrefixLabel.setObjectName(u"riskPrefixLabel")

        self.prefixForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.riskPrefixLabel)

        self.riskPrefixLayout = QVBoxLayout()
        self.riskPrefixLayout.setSpacing(2)
        self.riskPrefixLayout.setObjectName(u"riskPrefixLayout")
        self.riskPrefixEdit = QLineEdit(self.prefixGroup)
        self.riskPrefixEdit.setObjectName(u"riskPrefixEdit")
        self.riskPrefixEdit.setMaxLength(20)

        self.riskPrefixLayout.addWidget(self.riskPrefixEdit)

        self.riskPrefixError = QLabel(self.prefixGroup)
        self.riskPrefixError.setObjectName(u"riskPrefixError")
        self.riskPrefixError.setWordWrap(True)

        self.riskPrefixLayout.addWidget(self.riskPrefixError)


        self.prefixForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.riskPrefixLayout)

        self.rectificationPrefixLabel = QLabel(self.prefixGroup)
        self.rectificationPrefixLabel.setObjectName(u"rectificationPrefixLabel")

        self.prefixForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rectificationPrefixLabel)

        self.rectificationPrefixLayout = QVBoxLayout()
        self.rectificationPrefixLayout.setSpacing(2)
        self.rectificationPrefixLayout.setObjectName(u"rectificationPrefixLayout")
        self.rectificationPrefixEdit = QLineEdit(self.prefixGroup)
        self.rectificationPrefixEdit.setObjectName(u"rectificationPrefixEdit")
        self.rectificationPrefixEdit.setMaxLength(20)

        self.rectificationPrefixLayout.addWidget(self.rectificationPrefixEdit)

        self.rectificationPrefixError = QLabel(self.prefixGroup)
        self.rectificationPrefixError.setObjectName(u"rectificationPrefixError")
        self.rectificationPrefixError.setWordWrap(True)

        self.rectificationPrefixLayout.addWidget(self.rectificationPrefixError)


        self.prefixForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.rectificationPrefixLayout)

        self.authorityPrefixLabel = QLabel(self.prefixGroup)
        self.authorityPrefixLabel.setObjectName(u"authorityPrefixLabel")

        self.prefixForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorityPrefixLabel)

        self.authorityPrefixLayout = QVBoxLayout()
        self.authorityPrefixLayout.setSpacing(2)
        self.authorityPrefixLayout.setObjectName(u"authorityPrefixLayout")
        self.authorityPrefixEdit = QLineEdit(self.prefixGroup)
        self.authorityPrefixEdit.setObjectName(u"authorityPrefixEdit")
        self.authorityPrefixEdit.setMaxLength(20)

        self.authorityPrefixLayout.addWidget(self.authorityPrefixEdit)

        self.authorityPrefixError = QLabel(self.prefixGroup)
        self.authorityPrefixError.setObjectName(u"authorityPrefixError")
        self.authorityPrefixError.setWordWrap(True)

        self.authorityPrefixLayout.addWidget(self.authorityPrefixError)


        self.prefixForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.authorityPrefixLayout)

        self.bulletinPrefixLabel = QLabel(self.prefixGroup)
        self.bulletinPrefixLabel.setObjectName(u"bulletinPrefixLabel")

        self.prefixForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bulletinPrefixLabel)

        self.bulletinPrefixLayout = QVBoxLayout()
        self.bulletinPrefixLayout.setSpacing(2)
        self.bulletinPrefixLayout.setObjectName(u"bulletinPrefixLayout")
        self.bulletinPrefixEdit = QLineEdit(self.prefixGroup)
        self.bulletinPrefixEdit.setObjectName(u"bulletinPrefixEdit")
        self.bulletinPrefixEdit.setMaxLength(20)

        self.bulletinPrefixLayout.addWidget(self.bulletinPrefixEdit)

        self.bulletinPrefixError = QLabel(self.prefixGroup)
        self.bulletinPrefixError.setObjectName(u"bulletinPrefixError")
        self.bulletinPrefixError.setWordWrap(True)

        self.bulletinPrefixLayout.addWidget(self.bulletinPrefixError)


        self.prefixForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.bulletinPrefixLayout)

        self.interviewPrefixLabel = QLabel(self.prefixGroup)
        self.interviewPrefixLabel.setObjectName(u"interviewPrefixLabel")

        self.prefixForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.interviewPrefixLabel)

        self.interviewPrefixLayout = QVBoxLayout()
        self.interviewPrefixLayout.setSpacing(2)
        self.interviewPrefixLayout.setObjectName(u"interviewPrefixLayout")
        self.interviewPrefixEdit = QLineEdit(self.prefixGroup)
        self.interviewPrefixEdit.setObjectName(u"interviewPrefixEdit")
        self.interviewPrefixEdit.setMaxLength(20)

        self.interviewPrefixLayout.addWidget(self.interviewPrefixEdit)

        self.interviewPrefixError = QLabel(self.prefixGroup)
        self.interviewPrefixError.setObjectName(u"interviewPrefixError")
        self.interviewPrefixError.setWordWrap(True)

        self.interviewPrefixLayout.addWidget(self.interviewPrefixError)


        self.prefixForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.interviewPrefixLayout)

        self.prefixExampleLabel = QLabel(self.prefixGroup)
        self.prefixExampleLabel.setObjectName(u"prefixExampleLabel")
        self.prefixExampleLabel.setWordWrap(True)

        self.prefixForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.prefixExampleLabel)


        self.numberLayout.addWidget(self.prefixGroup)

        self.deadlineGroup = QGroupBox(self.numberPage)
        self.deadlineGroup.setObjectName(u"deadlineGroup")
        self.deadlineForm = QFormLayout(self.deadlineGroup)
        self.deadlineForm.setObjectName(u"deadlineForm")
        self.deadlineForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.deadlineForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.yellowDaysLabel = QLabel(self.deadlineGroup)
        self.yellowDaysLabel.setObjectName(u"yellowDaysLabel")

        self.deadlineForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yellowDaysLabel)

        self.yellowDaysSpin = QSpinBox(self.deadlineGroup)
        self.yellowDaysSpin.setObjectName(u"yellowDaysSpin")
        self.yellowDaysSpin.setMinimum(1)
        self.yellowDaysSpin.setMaximum(365)

        self.deadlineForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yellowDaysSpin)

        self.orangeDaysLabel = QLabel(self.deadlineGroup)
        self.orangeDaysLabel.setObjectName(u"orangeDaysLabel")

        self.deadlineForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orangeDaysLabel)

        self.orangeDaysSpin = QSpinBox(self.deadlineGroup)
        self.orangeDaysSpin.setObjectName(u"orangeDaysSpin")
        self.orangeDaysSpin.setMinimum(1)
        self.orangeDaysSpin.setMaximum(365)

        self.deadlineForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orangeDaysSpin)

        self.redDaysLabel = QLabel(self.deadlineGroup)
        self.redDaysLabel.setObjectName(u"redDaysLabel")

        self.deadlineForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.redDaysLabel)

        self.redDaysSpin = QSpinBox(self.deadlineGroup)
        self.redDaysSpin.setObjectName(u"redDaysSpin")
        self.redDaysSpin.setMinimum(1)
        self.redDaysSpin.setMaximum(365)

        self.deadlineForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.redDaysSpin)

        self.feedbackDaysLabel = QLabel(self.deadlineGroup)
        self.feedbackDaysLabel.setObjectName(u"feedbackDaysLabel")

        self.deadlineForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.feedbackDaysLabel)

        self.feedbackDaysSpin = QSpinBox(self.deadlineGroup)
        self.feedbackDaysSpin.setObjectName(u"feedbackDaysSpin")
        self.feedbackDaysSpin.setMinimum(1)
        self.feedbackDaysSpin.setMaximum(365)

        self.deadlineForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.feedbackDaysSpin)

        self.planDaysLabel = QLabel(self.deadlineGroup)
        self.planDaysLabel.setObjectName(u"planDaysLabel")

        self.deadlineForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.planDaysLabel)

        self.planDaysSpin = QSpinBox(self.deadlineGroup)
        self.planDaysSpin.setObjectName(u"planDaysSpin")
        self.planDaysSpin.setMinimum(1)
        self.planDaysSpin.setMaximum(365)

        self.deadlineForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.planDaysSpin)


        self.numberLayout.addWidget(self.deadlineGroup)

        self.basisGroup = QGroupBox(self.numberPage)
        self.basisGroup.setObjectName(u"basisGroup")
        self.basisForm = QFormLayout(self.basisGroup)
        self.basisForm.setObjectName(u"basisForm")
        self.basisForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)
        self.basisForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mechanismDocNoLabel = QLabel(self.basisGroup)
        self.mechanismDocNoLabel.setObjectName(u"mechanismDocNoLabel")

        self.basisForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mechanismDocNoLabel)

        self.mechanismDocNoLayout = QVBoxLayout()
        self.mechanismDocNoLayout.setSpacing(2)
        self.mechanismDocNoLayout.setObjectName(u"mechanismDocNoLayout")
        self.mechanismDocNoEdit = QLineEdit(self.basisGroup)
        self.mechanismDocNoEdit.setObjectName(u"mechanismDocNoEdit")
        self.mechanismDocNoEdit.setMaxLength(40)

        self.mechanismDocNoLayout.addWidget(self.mechanismDocNoEdit)

        self.mechanismDocNoError = QLabel(self.basisGroup)
        self.mechanismDocNoError.setObjectName(u"mechanismDocNoError")
        self.mechanismDocNoError.setWordWrap(True)

        self.mechanismDocNoLayout.addWidget(self.mechanismDocNoError)


        self.basisForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.mechanismDocNoLayout)

        self.awardUntilLabel = QLabel(self.basisGroup)
        self.awardUntilLabel.setObjectName(u"awardUntilLabel")

        self.basisForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.awardUntilLabel)

        self.awardUntilLayout = QVBoxLayout()
        self.awardUntilLayout.setSpacing(2)
        self.awardUntilLayout.setObjectName(u"awardUntilLayout")
        self.awardUntilEdit = QLineEdit(self.basisGroup)
        self.awardUntilEdit.setObjectName(u"awardUntilEdit")
        self.awardUntilEdit.setMaxLength(20)

        self.awardUntilLayout.addWidget(self.awardUntilEdit)

        self.awardUntilError = QLabel(self.basisGroup)
        self.awardUntilError.setObjectName(u"awardUntilError")
        self.awardUntilError.setWordWrap(True)

        self.awardUntilLayout.addWidget(self.awardUntilError)


        self.basisForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.awardUntilLayout)


        self.numberLayout.addWidget(self.basisGroup)

        self.numberSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.numberLayout.addItem(self.numberSpacer)

        self.settingsTabs.addTab(self.numberPage, "")
        self.casePage = QWidget()
        self.casePage.setObjectName(u"casePage")
        self.caseLayout = QVBoxLayout(self.casePage)
        self.caseLayout.setObjectName(u"caseLayout")
        self.casePrefixGroup = QGroupBox(self.casePage)
        self.casePrefixGroup.setObjectName(u"casePrefixGroup")
        self.casePrefixForm = QFormLayout(self.casePrefixGroup)
        self.casePrefixForm.setObjectName(u"casePrefixForm")
        self.casePrefixForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.casePrefixForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.acceptancePrefixLabel = QLabel(self.casePrefixGroup)
        self.acceptancePrefixLabel.setObjectName(u"acceptancePrefixLabel")

        self.casePrefixForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acceptancePrefixLabel)

        self.acceptancePrefixLayout = QVBoxLayout()
        self.acceptancePrefixLayout.setSpacing(2)
        self.acceptancePrefixLayout.setObjectName(u"acceptancePrefixLayout")
        self.acceptancePrefixEdit = QLineEdit(self.casePrefixGroup)
        self.acceptancePrefixEdit.setObjectName(u"acceptancePrefixEdit")
        self.acceptancePrefixEdit.setMaxLength(20)

        self.acceptancePrefixLayout.addWidget(self.acceptancePrefixEdit)

        self.acceptancePrefixError = QLabel(self.casePrefixGroup)
        self.acceptancePrefixError.setObjectName(u"acceptancePrefixError")
        self.acceptancePrefixError.setWordWrap(True)

        self.acceptancePrefixLayout.addWidget(self.acceptancePrefixError)


        self.casePrefixForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.acceptancePrefixLayout)

        self.nonAcceptancePrefixLabel = QLabel(self.casePrefixGroup)
        self.nonAcceptancePrefixLabel.setObjectName(u"nonAcceptancePrefixLabel")

        self.casePrefixForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nonAcceptancePrefixLabel)

        self.nonAcceptancePrefixLayout = QVBoxLayout()
        self.nonAcceptancePrefixLayout.setSpacing(2)
        self.nonAcceptancePrefixLayout.setObjectName(u"nonAcceptancePrefixLayout")
        self.nonAcceptancePrefixEdit = QLineEdit(self.casePrefixGroup)
        self.nonAcceptancePrefixEdit.setObjectName(u"nonAcceptancePrefixEdit")
        self.nonAcceptancePrefixEdit.setMaxLength(20)

        self.nonAcceptancePrefixLayout.addWidget(self.nonAcceptancePrefixEdit)

        self.nonAcceptancePrefixError = QLabel(self.casePrefixGroup)
        self.nonAcceptancePrefixError.setObjectName(u"nonAcceptancePrefixError")
        self.nonAcceptancePrefixError.setWordWrap(True)

        self.nonAcceptancePrefixLayout.addWidget(self.nonAcceptancePrefixError)


        self.casePrefixForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nonAcceptancePrefixLayout)

        self.missingPrefixLabel = QLabel(self.casePrefixGroup)
        self.missingPrefixLabel.setObjectName(u"missingPrefixLabel")

        self.casePrefixForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.missingPrefixLabel)

        self.missingPrefixLayout = QVBoxLayout()
        self.missingPrefixLayout.setSpacing(2)
        self.missingPrefixLayout.setObjectName(u"missingPrefixLayout")
        self.missingPrefixEdit = QLineEdit(self.casePrefixGroup)
        self.missingPrefixEdit.setObjectName(u"missingPrefixEdit")
        self.missingPrefixEdit.setMaxLength(20)

        self.missingPrefixLayout.addWidget(self.missingPrefixEdit)

        self.missingPrefixError = QLabel(self.casePrefixGroup)
        self.missingPrefixError.setObjectName(u"missingPrefixError")
        self.missingPrefixError.setWordWrap(True)

        self.missingPrefixLayout.addWidget(self.missingPrefixError)


        self.casePrefixForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.missingPrefixLayout)

        self.suspensionPrefixLabel = QLabel(self.casePrefixGroup)
        self.suspensionPrefixLabel.setObjectName(u"suspensionPrefixLabel")

        self.casePrefixForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.suspensionPrefixLabel)

        self.suspensionPrefixLayout = QVBoxLayout()
        self.suspensionPrefixLayout.setSpacing(2)
        self.suspensionPrefixLayout.setObjectName(u"suspensionPrefixLayout")
        self.suspensionPrefixEdit = QLineEdit(self.casePrefixGroup)
        self.suspensionPrefixEdit.setObjectName(u"suspensionPrefixEdit")
        self.suspensionPrefixEdit.setMaxLength(20)

        self.suspensionPrefixLayout.addWidget(self.suspensionPrefixEdit)

        self.suspensionPrefixError = QLabel(self.casePrefixGroup)
        self.suspensionPrefixError.setObjectName(u"suspensionPrefixError")
        self.suspensionPrefixError.setWordWrap(True)

        self.suspensionPrefixLayout.addWidget(self.suspensionPrefixError)


        self.casePrefixForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.suspensionPrefixLayout)

        self.decisionPrefixLabel = QLabel(self.casePrefixGroup)
        self.decisionPrefixLabel.setObjectName(u"decisionPrefixLabel")

        self.casePrefixForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.decisionPrefixLabel)

        self.decisionPrefixLayout = QVBoxLayout()
        self.decisionPrefixLayout.setSpacing(2)
        self.decisionPrefixLayout.setObjectName(u"decisionPrefixLayout")
        self.decisionPrefixEdit = QLineEdit(self.casePrefixGroup)
        self.decisionPrefixEdit.setObjectName(u"decisionPrefixEdit")
        self.decisionPrefixEdit.setMaxLength(20)

        self.decisionPrefixLayout.addWidget(self.decisionPrefixEdit)

        self.decisionPrefixError = QLabel(self.casePrefixGroup)
        self.decisionPrefixError.setObjectName(u"decisionPrefixError")
        self.decisionPrefixError.setWordWrap(True)

        self.decisionPrefixLayout.addWidget(self.decisionPrefixError)


        self.casePrefixForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.decisionPrefixLayout)

        self.casePrefixHintLabel = QLabel(self.casePrefixGroup)
        self.casePrefixHintLabel.setObjectName(u"casePrefixHintLabel")
        self.casePrefixHintLabel.setWordWrap(True)

        self.casePrefixForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.casePrefixHintLabel)


        self.caseLayout.addWidget(self.casePrefixGroup)

        self.caseSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.caseLayout.addItem(self.caseSpacer)

        self.settingsTabs.addTab(self.casePage, "")
        self.interviewPage = QWidget()
        self.interviewPage.setObjectName(u"interviewPage")
        self.interviewForm = QFormLayout(self.interviewPage)
        self.interviewForm.setObjectName(u"interviewForm")
        self.interviewForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignTop)
        self.interviewForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.interviewRoomsLabel = QLabel(self.interviewPage)
        self.interviewRoomsLabel.setObjectName(u"interviewRoomsLabel")

        self.interviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interviewRoomsLabel)

        self.interviewRoomsLayout = QVBoxLayout()
        self.interviewRoomsLayout.setSpacing(2)
        self.interviewRoomsLayout.setObjectName(u"interviewRoomsLayout")
        self.interviewRoomsEdit = QPlainTextEdit(self.interviewPage)
        self.interviewRoomsEdit.setObjectName(u"interviewRoomsEdit")
        self.interviewRoomsEdit.setTabChangesFocus(True)
        self.interviewRoomsEdit.setMaximumSize(QSize(16777215, 70))

        self.interviewRoomsLayout.addWidget(self.interviewRoomsEdit)

        self.interviewRoomsError = QLabel(self.interviewPage)
        self.interviewRoomsError.setObjectName(u"interviewRoomsError")
        self.interviewRoomsError.setWordWrap(True)

        self.interviewRoomsLayout.addWidget(self.interviewRoomsError)


        self.interviewForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.interviewRoomsLayout)

        self.interviewDaysLabel = QLabel(self.interviewPage)
        self.interviewDaysLabel.setObjectName(u"interviewDaysLabel")

        self.interviewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.interviewDaysLabel)

        self.interviewDaysLayout = QVBoxLayout()
        self.interviewDaysLayout.setSpacing(2)
        self.interviewDaysLayout.setObjectName(u"interviewDaysLayout")
        self.interviewDaysSpin = QSpinBox(self.interviewPage)
        self.interviewDaysSpin.setObjectName(u"interviewDaysSpin")
        self.interviewDaysSpin.setMinimum(1)
        self.interviewDaysSpin.setMaximum(60)

        self.interviewDaysLayout.addWidget(self.interviewDaysSpin)

        self.interviewDaysError = QLabel(self.interviewPage)
        self.interviewDaysError.setObjectName(u"interviewDaysError")
        self.interviewDaysError.setWordWrap(True)

        self.interviewDaysLayout.addWidget(self.interviewDaysError)


        self.interviewForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.interviewDaysLayout)

        self.interviewSlotLabel = QLabel(self.interviewPage)
        self.interviewSlotLabel.setObjectName(u"interviewSlotLabel")

        self.interviewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interviewSlotLabel)

        self.interviewSlotLayout = QVBoxLayout()
        self.interviewSlotLayout.setSpacing(2)
        self.interviewSlotLayout.setObjectName(u"interviewSlotLayout")
        self.interviewSlotSpin = QSpinBox(self.interviewPage)
        self.interviewSlotSpin.setObjectName(u"interviewSlotSpin")
        self.interviewSlotSpin.setMinimum(10)
        self.interviewSlotSpin.setMaximum(240)

        self.interviewSlotLayout.addWidget(self.interviewSlotSpin)

        self.interviewSlotError = QLabel(self.interviewPage)
        self.interviewSlotError.setObjectName(u"interviewSlotError")
        self.interviewSlotError.setWordWrap(True)

        self.interviewSlotLayout.addWidget(self.interviewSlotError)


        self.interviewForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.interviewSlotLayout)

        self.interviewHoursLabel = QLabel(self.interviewPage)
        self.interviewHoursLabel.setObjectName(u"interviewHoursLabel")

        self.interviewForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.interviewHoursLabel)

        self.interviewHoursLayout = QVBoxLayout()
        self.interviewHoursLayout.setSpacing(2)
        self.interviewHoursLayout.setObjectName(u"interviewHoursLayout")
        self.interviewHoursEdit = QLineEdit(self.interviewPage)
        self.interviewHoursEdit.setObjectName(u"interviewHoursEdit")
        self.interviewHoursEdit.setMaxLength(120)

        self.interviewHoursLayout.addWidget(self.interviewHoursEdit)

        self.interviewHoursError = QLabel(self.interviewPage)
        self.interviewHoursError.setObjectName(u"interviewHoursError")
        self.interviewHoursError.setWordWrap(True)

        self.interviewHoursLayout.addWidget(self.interviewHoursError)


        self.interviewForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.interviewHoursLayout)

        self.holidaysLabel = QLabel(self.interviewPage)
        self.holidaysLabel.setObjectName(u"holidaysLabel")

        self.interviewForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.holidaysLabel)

        self.holidaysLayout = QVBoxLayout()
        self.holidaysLayout.setSpacing(2)
        self.holidaysLayout.setObjectName(u"holidaysLayout")
        self.holidaysEdit = QPlainTextEdit(self.interviewPage)
        self.holidaysEdit.setObjectName(u"holidaysEdit")
        self.holidaysEdit.setTabChangesFocus(True)

        self.holidaysLayout.addWidget(self.holidaysEdit)

        self.holidaysError = QLabel(self.interviewPage)
        self.holidaysError.setObjectName(u"holidaysError")
        self.holidaysError.setWordWrap(True)

        self.holidaysLayout.addWidget(self.holidaysError)


        self.interviewForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.holidaysLayout)

        self.holidaysHintLabel = QLabel(self.interviewPage)
        self.holidaysHintLabel.setObjectName(u"holidaysHintLabel")
        self.holidaysHintLabel.setWordWrap(True)

        self.interviewForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.holidaysHintLabel)

        self.settingsTabs.addTab(self.interviewPage, "")
        self.fontPage = QWidget()
        self.fontPage.setObjectName(u"fontPage")
        self.fontLayout = QVBoxLayout(self.fontPage)
        self.fontLayout.setObjectName(u"fontLayout")
        self.fontIntroLabel = QLabel(self.fontPage)
        self.fontIntroLabel.setObjectName(u"fontIntroLabel")
        self.fontIntroLabel.setWordWrap(True)

        self.fontLayout.addWidget(self.fontIntroLabel)

        self.autoFontsRadio = QRadioButton(self.fontPage)
        self.autoFontsRadio.setObjectName(u"autoFontsRadio")

        self.fontLayout.addWidget(self.autoFontsRadio)

        self.detectedLabel = QLabel(self.fontPage)
        self.detectedLabel.setObjectName(u"detectedLabel")
        self.detectedLabel.setWordWrap(True)
        self.detectedLabel.setIndent(24)

        self.fontLayout.addWidget(self.detectedLabel)

        self.bundledFontsRadio = QRadioButton(self.fontPage)
        self.bundledFontsRadio.setObjectName(u"bundledFontsRadio")

        self.fontLayout.addWidget(self.bundledFontsRadio)

        self.customFontsRadio = QRadioButton(self.fontPage)
        self.customFontsRadio.setObjectName(u"customFontsRadio")

        self.fontLayout.addWidget(self.customFontsRadio)

        self.customFontGrid = QGridLayout()
        self.customFontGrid.setObjectName(u"customFontGrid")
        self.customFontGrid.setVerticalSpacing(2)
        self.customFontGrid.setContentsMargins(24, -1, -1, -1)
        self.bodyFontLabel = QLabel(self.fontPage)
        self.bodyFontLabel.setObjectName(u"bodyFontLabel")

        self.customFontGrid.addWidget(self.bodyFontLabel, 0, 0, 1, 1)

        self.bodyFontEdit = QLineEdit(self.fontPage)
        self.bodyFontEdit.setObjectName(u"bodyFontEdit")

        self.customFontGrid.addWidget(self.bodyFontEdit, 0, 1, 1, 1)

        self.bodyFontButton = QPushButton(self.fontPage)
        self.bodyFontButton.setObjectName(u"bodyFontButton")

        self.customFontGrid.addWidget(self.bodyFontButton, 0, 2, 1, 1)

        self.bodyFontError = QLabel(self.fontPage)
        self.bodyFontError.setObjectName(u"bodyFontError")
        self.bodyFontError.setWordWrap(True)

        self.customFontGrid.addWidget(self.bodyFontError, 1, 1, 1, 2)

        self.titleFontLabel = QLabel(self.fontPage)
        self.titleFontLabel.setObjectName(u"titleFontLabel")

        self.customFontGrid.addWidget(self.titleFontLabel, 2, 0, 1, 1)

        self.titleFontEdit = QLineEdit(self.fontPage)
        self.titleFontEdit.setObjectName(u"titleFontEdit")

        self.customFontGrid.addWidget(self.titleFontEdit, 2, 1, 1, 1)

        self.titleFontButton = QPushButton(self.fontPage)
        self.titleFontButton.setObjectName(u"titleFontButton")

        self.customFontGrid.addWidget(self.titleFontButton, 2, 2, 1, 1)

        self.titleFontError = QLabel(self.fontPage)
        self.titleFontError.setObjectName(u"titleFontError")
        self.titleFontError.setWordWrap(True)

        self.customFontGrid.addWidget(self.titleFontError, 3, 1, 1, 2)

        self.heading1FontLabel = QLabel(self.fontPage)
        self.heading1FontLabel.setObjectName(u"heading1FontLabel")

        self.customFontGrid.addWidget(self.heading1FontLabel, 4, 0, 1, 1)

        self.heading1FontEdit = QLineEdit(self.fontPage)
        self.heading1FontEdit.setObjectName(u"heading1FontEdit")

        self.customFontGrid.addWidget(self.heading1FontEdit, 4, 1, 1, 1)

        self.heading1FontButton = QPushButton(self.fontPage)
        self.heading1FontButton.setObjectName(u"heading1FontButton")

        self.customFontGrid.addWidget(self.heading1FontButton, 4, 2, 1, 1)

        self.heading1FontError = QLabel(self.fontPage)
        self.heading1FontError.setObjectName(u"heading1FontError")
        self.heading1FontError.setWordWrap(True)

        self.customFontGrid.addWidget(self.heading1FontError, 5, 1, 1, 2)

        self.heading2FontLabel = QLabel(self.fontPage)
        self.heading2FontLabel.setObjectName(u"heading2FontLabel")

        self.customFontGrid.addWidget(self.heading2FontLabel, 6, 0, 1, 1)

        self.heading2FontEdit = QLineEdit(self.fontPage)
        self.heading2FontEdit.setObjectName(u"heading2FontEdit")

        self.customFontGrid.addWidget(self.heading2FontEdit, 6, 1, 1, 1)

        self.heading2FontButton = QPushButton(self.fontPage)
        self.heading2FontButton.setObjectName(u"heading2FontButton")

        self.customFontGrid.addWidget(self.heading2FontButton, 6, 2, 1, 1)

        self.heading2FontError = QLabel(self.fontPage)
        self.heading2FontError.setObjectName(u"heading2FontError")
        self.heading2FontError.setWordWrap(True)

        self.customFontGrid.addWidget(self.heading2FontError, 7, 1, 1, 2)


        self.fontLayout.addLayout(self.customFontGrid)

        self.fontSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fontLayout.addItem(self.fontSpacer)

        self.settingsTabs.addTab(self.fontPage, "")

        self.mainLayout.addWidget(self.settingsTabs)

        self.generalError = QLabel(OfficeSettingsDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(OfficeSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.issuingBodyLabel.setBuddy(self.issuingBodyEdit)
        self.issuingBodyShortLabel.setBuddy(self.issuingBodyShortEdit)
        self.contactPersonLabel.setBuddy(self.contactPersonEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.riskPrefixLabel.setBuddy(self.riskPrefixEdit)
        self.rectificationPrefixLabel.setBuddy(self.rectificationPrefixEdit)
        self.authorityPrefixLabel.setBuddy(self.authorityPrefixEdit)
        self.bulletinPrefixLabel.setBuddy(self.bulletinPrefixEdit)
        self.interviewPrefixLabel.setBuddy(self.interviewPrefixEdit)
        self.yellowDaysLabel.setBuddy(self.yellowDaysSpin)
        self.orangeDaysLabel.setBuddy(self.orangeDaysSpin)
        self.redDaysLabel.setBuddy(self.redDaysSpin)
        self.feedbackDaysLabel.setBuddy(self.feedbackDaysSpin)
        self.planDaysLabel.setBuddy(self.planDaysSpin)
        self.mechanismDocNoLabel.setBuddy(self.mechanismDocNoEdit)
        self.awardUntilLabel.setBuddy(self.awardUntilEdit)
        self.acceptancePrefixLabel.setBuddy(self.acceptancePrefixEdit)
        self.nonAcceptancePrefixLabel.setBuddy(self.nonAcceptancePrefixEdit)
        self.missingPrefixLabel.setBuddy(self.missingPrefixEdit)
        self.suspensionPrefixLabel.setBuddy(self.suspensionPrefixEdit)
        self.decisionPrefixLabel.setBuddy(self.decisionPrefixEdit)
        self.interviewRoomsLabel.setBuddy(self.interviewRoomsEdit)
        self.interviewDaysLabel.setBuddy(self.interviewDaysSpin)
        self.interviewSlotLabel.setBuddy(self.interviewSlotSpin)
        self.interviewHoursLabel.setBuddy(self.interviewHoursEdit)
        self.holidaysLabel.setBuddy(self.holidaysEdit)
        self.bodyFontLabel.setBuddy(self.bodyFontEdit)
        self.titleFontLabel.setBuddy(self.titleFontEdit)
        self.heading1FontLabel.setBuddy(self.heading1FontEdit)
        self.heading2FontLabel.setBuddy(self.heading2FontEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.settingsTabs, self.issuingBodyEdit)
        QWidget.setTabOrder(self.issuingBodyEdit, self.issuingBodyShortEdit)
        QWidget.setTabOrder(self.issuingBodyShortEdit, self.contactPersonEdit)
        QWidget.setTabOrder(self.contactPersonEdit, self.contactPhoneEdit)
        QWidget.setTabOrder(self.contactPhoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.riskPrefixEdit)
        QWidget.setTabOrder(self.riskPrefixEdit, self.rectificationPrefixEdit)
        QWidget.setTabOrder(self.rectificationPrefixEdit, self.authorityPrefixEdit)
        QWidget.setTabOrder(self.authorityPrefixEdit, self.bulletinPrefixEdit)
        QWidget.setTabOrder(self.bulletinPrefixEdit, self.interviewPrefixEdit)
        QWidget.setTabOrder(self.interviewPrefixEdit, self.yellowDaysSpin)
        QWidget.setTabOrder(self.yellowDaysSpin, self.orangeDaysSpin)
        QWidget.setTabOrder(self.orangeDaysSpin, self.redDaysSpin)
        QWidget.setTabOrder(self.redDaysSpin, self.feedbackDaysSpin)
        QWidget.setTabOrder(self.feedbackDaysSpin, self.planDaysSpin)
        QWidget.setTabOrder(self.planDaysSpin, self.mechanismDocNoEdit)
        QWidget.setTabOrder(self.mechanismDocNoEdit, self.awardUntilEdit)
        QWidget.setTabOrder(self.awardUntilEdit, self.acceptancePrefixEdit)
        QWidget.setTabOrder(self.acceptancePrefixEdit, self.nonAcceptancePrefixEdit)
        QWidget.setTabOrder(self.nonAcceptancePrefixEdit, self.missingPrefixEdit)
        QWidget.setTabOrder(self.missingPrefixEdit, self.suspensionPrefixEdit)
        QWidget.setTabOrder(self.suspensionPrefixEdit, self.decisionPrefixEdit)
        QWidget.setTabOrder(self.decisionPrefixEdit, self.interviewRoomsEdit)
        QWidget.setTabOrder(self.interviewRoomsEdit, self.interviewDaysSpin)
        QWidget.setTabOrder(self.interviewDaysSpin, self.interviewSlotSpin)
        QWidget.setTabOrder(self.interviewSlotSpin, self.interviewHoursEdit)
        QWidget.setTabOrder(self.interviewHoursEdit, self.holidaysEdit)
        QWidget.setTabOrder(self.holidaysEdit, self.autoFontsRadio)
        QWidget.setTabOrder(self.autoFontsRadio, self.bundledFontsRadio)
        QWidget.setTabOrder(self.bundledFontsRadio, self.customFontsRadio)
        QWidget.setTabOrder(self.customFontsRadio, self.bodyFontEdit)
        QWidget.setTabOrder(self.bodyFontEdit, self.bodyFontButton)
        QWidget.setTabOrder(self.bodyFontButton, self.titleFontEdit)
        QWidget.setTabOrder(self.titleFontEdit, self.titleFontButton)
        QWidget.setTabOrder(self.titleFontButton, self.heading1FontEdit)
        QWidget.setTabOrder(self.heading1FontEdit, self.heading1FontButton)
        QWidget.setTabOrder(self.heading1FontButton, self.heading2FontEdit)
        QWidget.setTabOrder(self.heading2FontEdit, self.heading2FontButton)

        self.retranslateUi(OfficeSettingsDialog)

        self.settingsTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OfficeSettingsDialog)
    # setupUi

    def retranslateUi(self, OfficeSettingsDialog):
        OfficeSettingsDialog.setWindowTitle(QCoreApplication.translate("OfficeSettingsDialog", u"\u529e\u516c\u8bbe\u7f6e", None))
        self.introLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6b22\u8fce\u4f7f\u7528\u3002\u8bf7\u5148\u586b\u5199\u53d1\u6587\u673a\u5173\u7684\u4fe1\u606f\uff1a\u8fd9\u4e9b\u5185\u5bb9\u5370\u5728\u6bcf\u4e00\u4efd\u9884\u8b66\u6587\u4e66\u4e0a\uff0c\u4ee5\u540e\u53ef\u5728\u201c\u8bbe\u7f6e \u2192 \u529e\u516c\u8bbe\u7f6e\u2026\u201d\u4e2d\u4fee\u6539\u3002", None))
        self.issuingBodyLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u53d1\u6587\u673a\u5173\u5168\u79f0(&N)*", None))
        self.issuingBodyEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5370\u5728\u6587\u4e66\u9876\u7aef\u7684\u7ea2\u8272\u53d1\u6587\u673a\u5173\u6807\u5fd7", None))
        self.issuingBodyShortLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u673a\u5173\u7b80\u79f0(&S)*", None))
        self.issuingBodyShortEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6587\u4e2d\u81ea\u79f0\uff0c\u4f8b\u5982 \u53bf\u4eba\u793e\u5c40", None))
        self.contactPersonLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u8054\u7cfb\u4eba(&C)", None))
        self.contactPersonEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6587\u4e66\u672b\u5c3e\u7684\u8054\u7cfb\u4eba", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u8054\u7cfb\u7535\u8bdd(&P)", None))
        self.contactPhoneEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4f8b\u5982 0936-6621234", None))
        self.addressLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5730\u5740(&D)", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.issuerPage), QCoreApplication.translate("OfficeSettingsDialog", u"\u53d1\u6587\u673a\u5173", None))
        self.prefixGroup.setTitle(QCoreApplication.translate("OfficeSettingsDialog", u"\u53d1\u6587\u5b57\u53f7\u524d\u7f00\uff08\u673a\u5173\u4ee3\u5b57\uff09\uff0c\u6587\u53f7\u4e3a\u201c\u524d\u7f00\u3014\u5e74\u4efd\u3015\u5e8f\u53f7\u53f7\u201d", None))
        self.riskPrefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de5\u4f24\u98ce\u9669\u63d0\u793a\u51fd(&1)*", None))
        self.rectificationPrefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6574\u6539\u5efa\u8bae\u4e66(&2)*", None))
        self.authorityPrefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u901a\u62a5\u884c\u4e1a\u4e3b\u7ba1\u90e8\u95e8\u51fd(&3)*", None))
        self.bulletinPrefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5168\u53bf\u901a\u62a5(&4)*", None))
        self.interviewPrefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea6\u8c08\u901a\u77e5\u4e66(&5)*", None))
        self.deadlineGroup.setTitle(QCoreApplication.translate("OfficeSettingsDialog", u"\u671f\u9650\uff08\u81ea\u6587\u4e66\u9001\u8fbe\u4e4b\u65e5\u8d77\uff0c\u65e5\u5386\u5929\uff09", None))
        self.yellowDaysLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u9ec4\u8272\u9884\u8b66\u6574\u6539\u671f\u9650(&Y)", None))
        self.yellowDaysSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5929", None))
        self.orangeDaysLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6a59\u8272\u9884\u8b66\u6574\u6539\u671f\u9650(&O)", None))
        self.orangeDaysSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5929", None))
        self.redDaysLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea2\u8272\u9884\u8b66\u6574\u6539\u671f\u9650(&R)", None))
        self.redDaysSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5929", None))
        self.feedbackDaysLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e66\u9762\u53cd\u9988\u671f\u9650(&F)", None))
        self.feedbackDaysSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5929", None))
        self.planDaysLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea2\u8272\u9884\u8b66\u6574\u6539\u65b9\u6848\u671f\u9650(&G)", None))
        self.planDaysSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5929", None))
        self.basisGroup.setTitle(QCoreApplication.translate("OfficeSettingsDialog", u"\u4f9d\u636e\u4e0e\u9650\u5236\u63aa\u65bd", None))
        self.mechanismDocNoLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u673a\u5236\u6587\u4ef6\u6587\u53f7(&W)", None))
        self.mechanismDocNoEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u300a\u9ad8\u53f0\u53bf\u5de5\u4f24\u9884\u9632\u5206\u7ea7\u9884\u8b66\u76d1\u7ba1\u673a\u5236\u300b\u7684\u6587\u53f7\uff0c\u4f8b\u5982 \u9ad8\u653f\u529e\u53d1\u30142025\u301512\u53f7\uff1b\u4e0d\u77e5\u9053\u5c31\u7559\u7a7a", None))
        self.awardUntilLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u9650\u5236\u8bc4\u5148\u8bc4\u4f18\u622a\u6b62(&U)", None))
        self.awardUntilEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"YYYY-MM-DD\uff1b\u7559\u7a7a\u4e3a\u53d1\u6587\u5f53\u5e7412\u670831\u65e5", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.numberPage), QCoreApplication.translate("OfficeSettingsDialog", u"\u6587\u53f7\u4e0e\u671f\u9650", None))
        self.casePrefixGroup.setTitle(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de5\u4f24\u8ba4\u5b9a\u6587\u4e66\u7684\u53d1\u6587\u5b57\u53f7\u524d\u7f00\uff08\u6bcf\u7c7b\u6587\u4e66\u5355\u72ec\u7f16\u53f7\uff09", None))
        self.acceptancePrefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de5\u4f24\u8ba4\u5b9a\u7533\u8bf7\u53d7\u7406\u51b3\u5b9a\u4e66(&6)*", None))
        self.nonAcceptancePrefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de5\u4f24\u8ba4\u5b9a\u7533\u8bf7\u4e0d\u4e88\u53d7\u7406\u51b3\u5b9a\u4e66(&7)*", None))
        self.missingPrefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de5\u4f24\u8ba4\u5b9a\u7533\u8bf7\u6750\u6599\u8865\u6b63\u544a\u77e5\u4e66(&8)*", None))
        self.suspensionPrefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de5\u4f24\u8ba4\u5b9a\u4e2d\u6b62\u901a\u77e5\u4e66(&9)*", None))
        self.decisionPrefixLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u8ba4\u5b9a\u5de5\u4f24\u51b3\u5b9a\u4e66\u9001\u8fbe\u51fd(&0)*", None))
        self.casePrefixHintLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5de5\u4f24\u8ba4\u5b9a\u6587\u4e66\uff08\u53d7\u7406\u3001\u4e0d\u4e88\u53d7\u7406\u3001\u8865\u6b63\u3001\u4e2d\u6b62\u3001\u9001\u8fbe\uff09\u5728\u201c\u5de5\u4f24\u8ba4\u5b9a\u201d\u9875\u7b7e\u4e2d\u51fa\u5177\uff0c\u6587\u53f7\u4e3a\u201c\u524d\u7f00\u3014\u5e74\u4efd\u3015\u5e8f\u53f7\u53f7\u201d\u3002", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.casePage), QCoreApplication.translate("OfficeSettingsDialog", u"\u5de5\u4f24\u8ba4\u5b9a\u6587\u53f7", None))
        self.interviewRoomsLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea6\u8c08\u5730\u70b9(&L)*", None))
        self.interviewRoomsEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u884c\u4e00\u5904\uff0c\u4f8b\u5982\uff1a\n"
"\u9ad8\u53f0\u53bf\u4eba\u529b\u8d44\u6e90\u548c\u793e\u4f1a\u4fdd\u969c\u5c40\u5de5\u4f24\u4fdd\u9669\u80a1\u4f1a\u8bae\u5ba4\n"
"\u4e09\u697c\u5c0f\u4f1a\u8bae\u5ba4", None))
        self.interviewDaysLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6700\u65e9\u7ea6\u8c08\u65e5(&Y)", None))
        self.interviewDaysSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5929\u540e\uff08\u6210\u6587\u65e5\u671f\u4e4b\u540e\uff0c\u9047\u8282\u5047\u65e5\u987a\u5ef6\uff09", None))
        self.interviewSlotLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u573a\u7ea6\u8c08\u65f6\u957f(&M)", None))
        self.interviewSlotSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5206\u949f", None))
        self.interviewHoursLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea6\u8c08\u65f6\u6bb5(&H)*", None))
        self.interviewHoursEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4f8b\u5982 09:00-11:30\uff0c14:30-17:00\uff08\u53ef\u5199\u591a\u6bb5\uff0c\u7528\u9017\u53f7\u5206\u5f00\uff09", None))
        self.holidaysLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u8282\u5047\u65e5\u5b89\u6392(&J)", None))
        self.holidaysEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6bcf\u884c\u4e00\u9879\uff1a\u65e5\u671f\u6216\u201c\u8d77\u59cb\u65e5\u671f\u81f3\u7ed3\u675f\u65e5\u671f\u201d\uff0c\u7a7a\u683c\uff0c\u8282\u65e5\u540d\u79f0\uff1b\u8c03\u4f11\u4e0a\u73ed\u7684\u65e5\u5b50\u5199\u201c\u4e0a\u73ed\u201d\u3002\u4f8b\u5982\uff1a\n"
"2027-01-01 \u5143\u65e6\n"
"2027-02-06\u81f32027-02-12 \u6625\u8282\n"
"2027-02-14 \u4e0a\u73ed", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.interviewPage), QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea6\u8c08\u4e0e\u8282\u5047\u65e5", None))
        self.fontIntroLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6309 GB/T 9704-2012\uff0c\u6b63\u6587\u7528\u4eff\u5b8b\uff0c\u6807\u9898\u548c\u53d1\u6587\u673a\u5173\u6807\u5fd7\u7528\u5c0f\u6807\u5b8b\uff0c\u4e00\u7ea7\u6807\u9898\u7528\u9ed1\u4f53\uff0c\u4e8c\u7ea7\u6807\u9898\u7528\u6977\u4f53\u3002\u8fd9\u4e9b\u5b57\u4f53\u4e0d\u80fd\u968f\u7a0b\u5e8f\u9644\u5e26\uff0c\u672c\u673a\u88c5\u6709\u65f6\u4f7f\u7528\u672c\u673a\u5b57\u4f53\uff0c\u5426\u5219\u4f7f\u7528\u5185\u7f6e\u7684 Noto Serif SC\uff08\u601d\u6e90\u5b8b\u4f53\uff09\u3002", None))
        self.autoFontsRadio.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4f7f\u7528\u672c\u673a\u5df2\u5b89\u88c5\u7684\u529e\u516c\u5b57\u4f53\uff0c\u7f3a\u5c11\u7684\u7528\u5185\u7f6e\u5b57\u4f53(&A)", None))
        self.bundledFontsRadio.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5168\u90e8\u4f7f\u7528\u5185\u7f6e\u5b57\u4f53 Noto Serif SC\uff08\u601d\u6e90\u5b8b\u4f53\uff0cSIL OFL 1.1\uff09(&B)", None))
        self.customFontsRadio.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6307\u5b9a\u5b57\u4f53\u6587\u4ef6\uff08\u4ec5\u652f\u6301 TrueType .ttf\uff09(&F)", None))
        self.bodyFontLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6b63\u6587\uff08\u4eff\u5b8b\uff09", None))
        self.bodyFontEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u5fc5\u586b\uff1aTrueType \u5b57\u4f53\u6587\u4ef6\uff08.ttf\uff09", None))
        self.bodyFontButton.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6d4f\u89c8\u2026", None))
        self.titleFontLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6807\u9898\uff08\u5c0f\u6807\u5b8b\uff09", None))
        self.titleFontEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e0d\u6307\u5b9a\u5219\u7528\u5185\u7f6e\u5b57\u4f53", None))
        self.titleFontButton.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6d4f\u89c8\u2026", None))
        self.heading1FontLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e00\u7ea7\u6807\u9898\uff08\u9ed1\u4f53\uff09", None))
        self.heading1FontEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e0d\u6307\u5b9a\u5219\u7528\u5185\u7f6e\u5b57\u4f53", None))
        self.heading1FontButton.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6d4f\u89c8\u2026", None))
        self.heading2FontLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e8c\u7ea7\u6807\u9898\uff08\u6977\u4f53\uff09", None))
        self.heading2FontEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u4e0d\u6307\u5b9a\u5219\u7528\u5185\u7f6e\u5b57\u4f53", None))
        self.heading2FontButton.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u6d4f\u89c8\u2026", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.fontPage), QCoreApplication.translate("OfficeSettingsDialog", u"\u6587\u4e66\u5b57\u4f53", None))
    # retranslateUi
