# Generated from forms/enterprise_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enterprise_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_EnterpriseDialog(object):
    def setupUi(self, EnterpriseDialog):
        if not EnterpriseDialog.objectName():
            EnterpriseDialog.setObjectName(u"EnterpriseDialog")
        EnterpriseDialog.resize(640, 560)
        self.mainLayout = QVBoxLayout(EnterpriseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.usccLabel = QLabel(EnterpriseDialog)
        self.usccLabel.setObjectName(u"usccLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usccLabel)

        self.usccLayout = QVBoxLayout()
        self.usccLayout.setSpacing(2)
        self.usccLayout.setObjectName(u"usccLayout")
        self.usccEdit = QLineEdit(EnterpriseDialog)
        self.usccEdit.setObjectName(u"usccEdit")
        self.usccEdit.setMaxLength(40)

        self.usccLayout.addWidget(self.usccEdit)

        self.usccError = QLabel(EnterpriseDialog)
        self.usccError.setObjectName(u"usccError")
        self.usccError.setWordWrap(True)

        self.usccLayout.addWidget(self.usccError)

        self.openExistingButton = QPushButton(EnterpriseDialog)
        self.openExistingButton.setObjectName(u"openExistingButton")

        self.usccLayout.addWidget(self.openExistingButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.usccLayout)

        self.overrideLabel = QLabel(EnterpriseDialog)
        self.overrideLabel.setObjectName(u"overrideLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overrideLabel)

        self.overrideEdit = QLineEdit(EnterpriseDialog)
        self.overrideEdit.setObjectName(u"overrideEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.overrideEdit)

        self.nameLabel = QLabel(EnterpriseDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameLayout = QVBoxLayout()
        self.nameLayout.setSpacing(2)
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameEdit = QLineEdit(EnterpriseDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameLayout.addWidget(self.nameEdit)

        self.nameError = QLabel(EnterpriseDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.nameLayout.addWidget(self.nameError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.nameLayout)

        self.industryLabel = QLabel(EnterpriseDialog)
        self.industryLabel.setObjectName(u"industryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.industryLabel)

        self.industryLayout = QVBoxLayout()
        self.industryLayout.setSpacing(2)
        self.industryLayout.setObjectName(u"industryLayout")
        self.industryCombo = QComboBox(EnterpriseDialog)
        self.industryCombo.setObjectName(u"industryCombo")
        self.industryCombo.setEditable(True)
        self.industryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.industryLayout.addWidget(self.industryCombo)

        self.industryError = QLabel(EnterpriseDialog)
        self.industryError.setObjectName(u"industryError")
        self.industryError.setWordWrap(True)

        self.industryLayout.addWidget(self.industryError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.industryLayout)

        self.townshipLabel = QLabel(EnterpriseDialog)
        self.townshipLabel.setObjectName(u"townshipLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.townshipLabel)

        self.townshipLayout = QVBoxLayout()
        self.townshipLayout.setSpacing(2)
        self.townshipLayout.setObjectName(u"townshipLayout")
        self.townshipCombo = QComboBox(EnterpriseDialog)
        self.townshipCombo.setObjectName(u"townshipCombo")
        self.townshipCombo.setEditable(True)
        self.townshipCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.townshipLayout.addWidget(self.townshipCombo)

        self.townshipError = QLabel(EnterpriseDialog)
        self.townshipError.setObjectName(u"townshipError")
        self.townshipError.setWordWrap(True)

        self.townshipLayout.addWidget(self.townshipError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.townshipLayout)

        self.authorityLabel = QLabel(EnterpriseDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityLayout = QVBoxLayout()
        self.authorityLayout.setSpacing(2)
        self.authorityLayout.setObjectName(u"authorityLayout")
        self.authorityCombo = QComboBox(EnterpriseDialog)
        self.authorityCombo.setObjectName(u"authorityCombo")
        self.authorityCombo.setEditable(True)
        self.authorityCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.authorityLayout.addWidget(self.authorityCombo)

        self.authorityError = QLabel(EnterpriseDialog)
        self.authorityError.setObjectName(u"authorityError")
        self.authorityError.setWordWrap(True)

        self.authorityLayout.addWidget(self.authorityError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.authorityLayout)

        self.legalLabel = QLabel(EnterpriseDialog)
        self.legalLabel.setObjectName(u"legalLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.legalLabel)

        self.legalLayout = QVBoxLayout()
        self.legalLayout.setSpacing(2)
        self.legalLayout.setObjectName(u"legalLayout")
        self.legalEdit = QLineEdit(EnterpriseDialog)
        self.legalEdit.setObjectName(u"legalEdit")

        self.legalLayout.addWidget(self.legalEdit)

        self.legalError = QLabel(EnterpriseDialog)
        self.legalError.setObjectName(u"legalError")
        self.legalError.setWordWrap(True)

        self.legalLayout.addWidget(self.legalError)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.legalLayout)

        self.contactLabel = QLabel(EnterpriseDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactLayout = QVBoxLayout()
        self.contactLayout.setSpacing(2)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactEdit = QLineEdit(EnterpriseDialog)
        self.contactEdit.setObjectName(u"contactEdit")

        self.contactLayout.addWidget(self.contactEdit)

        self.contactError = QLabel(EnterpriseDialog)
        self.contactError.setObjectName(u"contactError")
        self.contactError.setWordWrap(True)

        self.contactLayout.addWidget(self.contactError)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.contactLayout)

        self.phoneLabel = QLabel(EnterpriseDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneLayout = QVBoxLayout()
        self.phoneLayout.setSpacing(2)
        self.phoneLayout.setObjectName(u"phoneLayout")
        self.phoneEdit = QLineEdit(EnterpriseDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneLayout.addWidget(self.phoneEdit)

        self.phoneError = QLabel(EnterpriseDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.phoneLayout.addWidget(self.phoneError)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.phoneLayout)

        self.addressLabel = QLabel(EnterpriseDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressLayout = QVBoxLayout()
        self.addressLayout.setSpacing(2)
        self.addressLayout.setObjectName(u"addressLayout")
        self.addressEdit = QLineEdit(EnterpriseDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.addressLayout.addWidget(self.addressEdit)

        self.addressError = QLabel(EnterpriseDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)

        self.addressLayout.addWidget(self.addressError)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.addressLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.hazardGroup = QGroupBox(EnterpriseDialog)
        self.hazardGroup.setObjectName(u"hazardGroup")
        self.hazardGroup.setCheckable(True)
        self.hazardGroup.setChecked(False)
        self.hazardLayout = QFormLayout(self.hazardGroup)
        self.hazardLayout.setObjectName(u"hazardLayout")
        self.hazardLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.hazardLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hazardDateLabel = QLabel(self.hazardGroup)
        self.hazardDateLabel.setObjectName(u"hazardDateLabel")

        self.hazardLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hazardDateLabel)

        self.hazardDateLayout = QVBoxLayout()
        self.hazardDateLayout.setSpacing(2)
        self.hazardDateLayout.setObjectName(u"hazardDateLayout")
        self.hazardDateEdit = DateEdit(self.hazardGroup)
        self.hazardDateEdit.setObjectName(u"hazardDateEdit")

        self.hazardDateLayout.addWidget(self.hazardDateEdit)

        self.hazardDateError = QLabel(self.hazardGroup)
        self.hazardDateError.setObjectName(u"hazardDateError")
        self.hazardDateError.setWordWrap(True)

        self.hazardDateLayout.addWidget(self.hazardDateError)


        self.hazardLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hazardDateLayout)

        self.hazardSourceLabel = QLabel(self.hazardGroup)
        self.hazardSourceLabel.setObjectName(u"hazardSourceLabel")

        self.hazardLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.hazardSourceLabel)

        self.hazardSourceLayout = QVBoxLayout()
        self.hazardSourceLayout.setSpacing(2)
        self.hazardSourceLayout.setObjectName(u"hazardSourceLayout")
        self.hazardSourceEdit = QLineEdit(self.hazardGroup)
        self.hazardSourceEdit.setObjectName(u"hazardSourceEdit")

        self.hazardSourceLayout.addWidget(self.hazardSourceEdit)

        self.hazardSourceError = QLabel(self.hazardGroup)
        self.hazardSourceError.setObjectName(u"hazardSourceError")
        self.hazardSourceError.setWordWrap(True)

        self.hazardSourceLayout.addWidget(self.hazardSourceError)


        self.hazardLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.hazardSourceLayout)

        self.hazardDescriptionLabel = QLabel(self.hazardGroup)
        self.hazardDescriptionLabel.setObjectName(u"hazardDescriptionLabel")

        self.hazardLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hazardDescriptionLabel)

        self.hazardDescriptionLayout = QVBoxLayout()
        self.hazardDescriptionLayout.setSpacing(2)
        self.hazardDescriptionLayout.setObjectName(u"hazardDescriptionLayout")
        self.hazardDescriptionEdit = QLineEdit(self.hazardGroup)
        self.hazardDescriptionEdit.setObjectName(u"hazardDescriptionEdit")

        self.hazardDescriptionLayout.addWidget(self.hazardDescriptionEdit)

        self.hazardDescriptionError = QLabel(self.hazardGroup)
        self.hazardDescriptionError.setObjectName(u"hazardDescriptionError")
        self.hazardDescriptionError.setWordWrap(True)

        self.hazardDescriptionLayout.addWidget(self.hazardDescriptionError)


        self.hazardLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.hazardDescriptionLayout)

        self.hazardReferenceLabel = QLabel(self.hazardGroup)
        self.hazardReferenceLabel.setObjectName(u"hazardReferenceLabel")

        self.hazardLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hazardReferenceLabel)

        self.hazardReferenceLayout = QVBoxLayout()
        self.hazardReferenceLayout.setSpacing(2)
        self.hazardReferenceLayout.setObjectName(u"hazardReferenceLayout")
        self.hazardReferenceEdit = QLineEdit(self.hazardGroup)
        self.hazardReferenceEdit.setObjectName(u"hazardReferenceEdit")

        self.hazardReferenceLayout.addWidget(self.hazardReferenceEdit)

        self.hazardReferenceError = QLabel(self.hazardGroup)
        self.hazardReferenceError.setObjectName(u"hazardReferenceError")
        self.hazardReferenceError.setWordWrap(True)

        self.hazardReferenceLayout.addWidget(self.hazardReferenceError)


        self.hazardLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.hazardReferenceLayout)


        self.mainLayout.addWidget(self.hazardGroup)

        self.generalError = QLabel(EnterpriseDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(EnterpriseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usccLabel.setBuddy(self.usccEdit)
        self.overrideLabel.setBuddy(self.overrideEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.industryLabel.setBuddy(self.industryCombo)
        self.townshipLabel.setBuddy(self.townshipCombo)
        self.authorityLabel.setBuddy(self.authorityCombo)
        self.legalLabel.setBuddy(self.legalEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.hazardDateLabel.setBuddy(self.hazardDateEdit)
        self.hazardSourceLabel.setBuddy(self.hazardSourceEdit)
        self.hazardDescriptionLabel.setBuddy(self.hazardDescriptionEdit)
        self.hazardReferenceLabel.setBuddy(self.hazardReferenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usccEdit, self.openExistingButton)
        QWidget.setTabOrder(self.openExistingButton, self.overrideEdit)
        QWidget.setTabOrder(self.overrideEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.industryCombo)
        QWidget.setTabOrder(self.industryCombo, self.townshipCombo)
        QWidget.setTabOrder(self.townshipCombo, self.authorityCombo)
        QWidget.setTabOrder(self.authorityCombo, self.legalEdit)
        QWidget.setTabOrder(self.legalEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.hazardGroup)
        QWidget.setTabOrder(self.hazardGroup, self.hazardDateEdit)
        QWidget.setTabOrder(self.hazardDateEdit, self.hazardSourceEdit)
        QWidget.setTabOrder(self.hazardSourceEdit, self.hazardDescriptionEdit)
        QWidget.setTabOrder(self.hazardDescriptionEdit, self.hazardReferenceEdit)

        self.retranslateUi(EnterpriseDialog)

        QMetaObject.connectSlotsByName(EnterpriseDialog)
    # setupUi

    def retranslateUi(self, EnterpriseDialog):
        EnterpriseDialog.setWindowTitle(QCoreApplication.translate("EnterpriseDialog", u"\u4f01\u4e1a\u4fe1\u606f", None))
        self.usccLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801(&C)*", None))
        self.usccEdit.setPlaceholderText(QCoreApplication.translate("EnterpriseDialog", u"18\u4f4d\uff0c\u4f8b\u5982 91620724MA01AB2C3L", None))
        self.openExistingButton.setText(QCoreApplication.translate("EnterpriseDialog", u"\u6253\u5f00\u5df2\u767b\u8bb0\u7684\u4f01\u4e1a(&O)", None))
        self.overrideLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u5f3a\u5236\u767b\u8bb0\u7406\u7531(&R)", None))
        self.overrideEdit.setPlaceholderText(QCoreApplication.translate("EnterpriseDialog", u"\u6821\u9a8c\u4f4d\u4e0d\u7b26\u4f46\u786e\u5c5e\u6709\u6548\u4ee3\u7801\u65f6\u586b\u5199\uff08\u987b\u7ecf\u4e3b\u7ba1\u540c\u610f\uff0c\u5c06\u88ab\u8bb0\u5f55\uff09", None))
        self.nameLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u4f01\u4e1a\u540d\u79f0(&N)*", None))
        self.industryLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u884c\u4e1a(&I)", None))
        self.townshipLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u6240\u5c5e\u4e61\u9547(&T)", None))
        self.authorityLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u884c\u4e1a\u4e3b\u7ba1\u90e8\u95e8(&A)", None))
        self.legalLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u6cd5\u5b9a\u4ee3\u8868\u4eba(&L)", None))
        self.contactLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u8054\u7cfb\u4eba(&P)", None))
        self.phoneLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u8054\u7cfb\u7535\u8bdd(&H)", None))
        self.addressLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u5730\u5740(&D)", None))
        self.hazardGroup.setTitle(QCoreApplication.translate("EnterpriseDialog", u"\u5b58\u5728\u804c\u4e1a\u75c5\u5371\u5bb3\u9690\u60a3(&Z)\uff08\u5355\u72ec\u5373\u6784\u6210\u6a59\u8272\u9884\u8b66\uff09", None))
        self.hazardDateLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u53d1\u73b0\u65e5\u671f", None))
        self.hazardSourceLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u53d1\u73b0\u5355\u4f4d", None))
        self.hazardSourceEdit.setPlaceholderText(QCoreApplication.translate("EnterpriseDialog", u"\u54ea\u6b21\u68c0\u67e5\u6216\u54ea\u4e2a\u90e8\u95e8\u53d1\u73b0\uff0c\u4f8b\u5982\uff1a\u53bf\u536b\u751f\u5065\u5eb7\u5c40\u4e13\u9879\u68c0\u67e5", None))
        self.hazardDescriptionLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u9690\u60a3\u5185\u5bb9", None))
        self.hazardDescriptionEdit.setPlaceholderText(QCoreApplication.translate("EnterpriseDialog", u"\u53d1\u73b0\u4e86\u4ec0\u4e48\uff0c\u4f8b\u5982\uff1a\u7c89\u788e\u8f66\u95f4\u7c89\u5c18\u6d53\u5ea6\u8d85\u6807", None))
        self.hazardReferenceLabel.setText(QCoreApplication.translate("EnterpriseDialog", u"\u9690\u60a3\u6587\u4e66\u7f16\u53f7", None))
    # retranslateUi
