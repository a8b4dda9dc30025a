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
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTimeEdit, QVBoxLayout, QWidget)

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

        self.interviewPlaceLabel = QLabel(self.issuerPage)
        self.interviewPlaceLabel.setObjectName(u"interviewPlaceLabel")

        self.issuerForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.interviewPlaceLabel)

        self.interviewPlaceLayout = QVBoxLayout()
        self.interviewPlaceLayout.setSpacing(2)
        self.interviewPlaceLayout.setObjectName(u"interviewPlaceLayout")
        self.interviewPlaceEdit = QLineEdit(self.issuerPage)
        self.interviewPlaceEdit.setObjectName(u"interviewPlaceEdit")
        self.interviewPlaceEdit.setMaxLength(80)

        self.interviewPlaceLayout.addWidget(self.interviewPlaceEdit)

        self.interviewPlaceError = QLabel(self.issuerPage)
        self.interviewPlaceError.setObjectName(u"interviewPlaceError")
        self.interviewPlaceError.setWordWrap(True)

        self.interviewPlaceLayout.addWidget(self.interviewPlaceError)


        self.issuerForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.interviewPlaceLayout)

        self.interviewTimeLabel = QLabel(self.issuerPage)
        self.interviewTimeLabel.setObjectName(u"interviewTimeLabel")

        self.issuerForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.interviewTimeLabel)

        self.interviewTimeLayout = QHBoxLayout()
        self.interviewTimeLayout.setObjectName(u"interviewTimeLayout")
        self.interviewTimeEdit = QTimeEdit(self.issuerPage)
        self.interviewTimeEdit.setObjectName(u"interviewTimeEdit")

        self.interviewTimeLayout.addWidget(self.interviewTimeEdit)

        self.interviewDaysLabel = QLabel(self.issuerPage)
        self.interviewDaysLabel.setObjectName(u"interviewDaysLabel")

        self.interviewTimeLayout.addWidget(self.interviewDaysLabel)

        self.interviewDaysSpin = QSpinBox(self.issuerPage)
        self.interviewDaysSpin.setObjectName(u"interviewDaysSpin")
        self.interviewDaysSpin.setMinimum(1)
        self.interviewDaysSpin.setMaximum(60)

        self.interviewTimeLayout.addWidget(self.interviewDaysSpin)

        self.interviewTimeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.interviewTimeLayout.addItem(self.interviewTimeSpacer)


        self.issuerForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.interviewTimeLayout)

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


        self.numberLayout.addWidget(self.deadlineGroup)

        self.numberSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.numberLayout.addItem(self.numberSpacer)

        self.settingsTabs.addTab(self.numberPage, "")
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
        self.interviewPlaceLabel.setBuddy(self.interviewPlaceEdit)
        self.interviewTimeLabel.setBuddy(self.interviewTimeEdit)
        self.interviewDaysLabel.setBuddy(self.interviewDaysSpin)
        self.riskPrefixLabel.setBuddy(self.riskPrefixEdit)
        self.rectificationPrefixLabel.setBuddy(self.rectificationPrefixEdit)
        self.authorityPrefixLabel.setBuddy(self.authorityPrefixEdit)
        self.bulletinPrefixLabel.setBuddy(self.bulletinPrefixEdit)
        self.interviewPrefixLabel.setBuddy(self.interviewPrefixEdit)
        self.yellowDaysLabel.setBuddy(self.yellowDaysSpin)
        self.orangeDaysLabel.setBuddy(self.orangeDaysSpin)
        self.redDaysLabel.setBuddy(self.redDaysSpin)
        self.feedbackDaysLabel.setBuddy(self.feedbackDaysSpin)
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
        QWidget.setTabOrder(self.addressEdit, self.interviewPlaceEdit)
        QWidget.setTabOrder(self.interviewPlaceEdit, self.interviewTimeEdit)
        QWidget.setTabOrder(self.interviewTimeEdit, self.interviewDaysSpin)
        QWidget.setTabOrder(self.interviewDaysSpin, self.riskPrefixEdit)
        QWidget.setTabOrder(self.riskPrefixEdit, self.rectificationPrefixEdit)
        QWidget.setTabOrder(self.rectificationPrefixEdit, self.authorityPrefixEdit)
        QWidget.setTabOrder(self.authorityPrefixEdit, self.bulletinPrefixEdit)
        QWidget.setTabOrder(self.bulletinPrefixEdit, self.interviewPrefixEdit)
        QWidget.setTabOrder(self.interviewPrefixEdit, self.yellowDaysSpin)
        QWidget.setTabOrder(self.yellowDaysSpin, self.orangeDaysSpin)
        QWidget.setTabOrder(self.orangeDaysSpin, self.redDaysSpin)
        QWidget.setTabOrder(self.redDaysSpin, self.feedbackDaysSpin)
        QWidget.setTabOrder(self.feedbackDaysSpin, self.autoFontsRadio)
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
        self.interviewPlaceLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea6\u8c08\u5730\u70b9(&L)", None))
        self.interviewPlaceEdit.setPlaceholderText(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea6\u8c08\u901a\u77e5\u4e66\u4e2d\u7684\u5730\u70b9", None))
        self.interviewTimeLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u7ea6\u8c08\u65f6\u95f4(&T)", None))
        self.interviewTimeEdit.setDisplayFormat(QCoreApplication.translate("OfficeSettingsDialog", u"HH:mm", None))
        self.interviewDaysLabel.setText(QCoreApplication.translate("OfficeSettingsDialog", u"\u53d1\u6587\u540e(&Y)", None))
        self.interviewDaysSpin.setSuffix(QCoreApplication.translate("OfficeSettingsDialog", u" \u5929\uff08\u9047\u5468\u672b\u987a\u5ef6\uff09", None))
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
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.numberPage), QCoreApplication.translate("OfficeSettingsDialog", u"\u6587\u53f7\u4e0e\u671f\u9650", None))
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
