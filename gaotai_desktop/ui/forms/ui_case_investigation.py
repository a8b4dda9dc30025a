# Generated from forms/case_investigation.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_investigation.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_CaseInvestigationDialog(object):
    def setupUi(self, CaseInvestigationDialog):
        if not CaseInvestigationDialog.objectName():
            CaseInvestigationDialog.setObjectName(u"CaseInvestigationDialog")
        CaseInvestigationDialog.resize(720, 720)
        self.mainLayout = QVBoxLayout(CaseInvestigationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.caseLabel = QLabel(CaseInvestigationDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.caseLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.startLabel = QLabel(CaseInvestigationDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateTimeEdit(CaseInvestigationDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(CaseInvestigationDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QTimeEdit(CaseInvestigationDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.placeLabel = QLabel(CaseInvestigationDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(CaseInvestigationDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.staff1Label = QLabel(CaseInvestigationDialog)
        self.staff1Label.setObjectName(u"staff1Label")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staff1Label)

        self.staff1Edit = QLineEdit(CaseInvestigationDialog)
        self.staff1Edit.setObjectName(u"staff1Edit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staff1Edit)

        self.cert1Label = QLabel(CaseInvestigationDialog)
        self.cert1Label.setObjectName(u"cert1Label")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cert1Label)

        self.cert1Edit = QLineEdit(CaseInvestigationDialog)
        self.cert1Edit.setObjectName(u"cert1Edit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cert1Edit)

        self.staff2Label = QLabel(CaseInvestigationDialog)
        self.staff2Label.setObjectName(u"staff2Label")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.staff2Label)

        self.staff2Edit = QLineEdit(CaseInvestigationDialog)
        self.staff2Edit.setObjectName(u"staff2Edit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.staff2Edit)

        self.cert2Label = QLabel(CaseInvestigationDialog)
        self.cert2Label.setObjectName(u"cert2Label")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.cert2Label)

        self.cert2Edit = QLineEdit(CaseInvestigationDialog)
        self.cert2Edit.setObjectName(u"cert2Edit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cert2Edit)

        self.personLabel = QLabel(CaseInvestigationDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(CaseInvestigationDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.genderLabel = QLabel(CaseInvestigationDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(CaseInvestigationDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.idLabel = QLabel(CaseInvestigationDialog)
        self.idLabel.setObjectName(u"idLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(CaseInvestigationDialog)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(18)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.fullIdLabel = QLabel(CaseInvestigationDialog)
        self.fullIdLabel.setObjectName(u"fullIdLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.fullIdLabel)

        self.fullIdCheck = QCheckBox(CaseInvestigationDialog)
        self.fullIdCheck.setObjectName(u"fullIdCheck")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.fullIdCheck)

        self.relationLabel = QLabel(CaseInvestigationDialog)
        self.relationLabel.setObjectName(u"relationLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationEdit = QLineEdit(CaseInvestigationDialog)
        self.relationEdit.setObjectName(u"relationEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.relationEdit)

        self.phoneLabel = QLabel(CaseInvestigationDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(CaseInvestigationDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.qaLabel = QLabel(CaseInvestigationDialog)
        self.qaLabel.setObjectName(u"qaLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.qaLabel)

        self.qaEdit = QPlainTextEdit(CaseInvestigationDialog)
        self.qaEdit.setObjectName(u"qaEdit")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.qaEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printButton = QPushButton(CaseInvestigationDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.blankButton = QPushButton(CaseInvestigationDialog)
        self.blankButton.setObjectName(u"blankButton")

        self.buttonRow.addWidget(self.blankButton)

        self.buttonBox = QDialogButtonBox(CaseInvestigationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonRow.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.staff1Label.setBuddy(self.staff1Edit)
        self.cert1Label.setBuddy(self.cert1Edit)
        self.staff2Label.setBuddy(self.staff2Edit)
        self.cert2Label.setBuddy(self.cert2Edit)
        self.personLabel.setBuddy(self.personEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.idLabel.setBuddy(self.idEdit)
        self.fullIdLabel.setBuddy(self.fullIdCheck)
        self.relationLabel.setBuddy(self.relationEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.qaLabel.setBuddy(self.qaEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.staff1Edit)
        QWidget.setTabOrder(self.staff1Edit, self.cert1Edit)
        QWidget.setTabOrder(self.cert1Edit, self.staff2Edit)
        QWidget.setTabOrder(self.staff2Edit, self.cert2Edit)
        QWidget.setTabOrder(self.cert2Edit, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.fullIdCheck)
        QWidget.setTabOrder(self.fullIdCheck, self.relationEdit)
        QWidget.setTabOrder(self.relationEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.qaEdit)
        QWidget.setTabOrder(self.qaEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.blankButton)

        self.retranslateUi(CaseInvestigationDialog)

        QMetaObject.connectSlotsByName(CaseInvestigationDialog)
    # setupUi

    def retranslateUi(self, CaseInvestigationDialog):
        CaseInvestigationDialog.setWindowTitle(QCoreApplication.translate("CaseInvestigationDialog", u"\u8c03\u67e5\u7b14\u5f55", None))
        self.startLabel.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u8c03\u67e5\u5f00\u59cb\u65f6\u95f4(&T)*", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("CaseInvestigationDialog", u"yyyy-MM-dd HH:mm", None))
        self.endLabel.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u7ed3\u675f\u65f6\u95f4(&E)", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("CaseInvestigationDialog", u"HH:mm", None))
        self.placeLabel.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u8c03\u67e5\u5730\u70b9(&L)*", None))
        self.staff1Label.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u8c03\u67e5\u4eba\u4e00 \u59d3\u540d(&1)*", None))
        self.cert1Label.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u8c03\u67e5\u4eba\u4e00 \u6267\u6cd5\u8bc1\u53f7*", None))
        self.staff2Label.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u8c03\u67e5\u4eba\u4e8c \u59d3\u540d(&2)*", None))
        self.cert2Label.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u8c03\u67e5\u4eba\u4e8c \u6267\u6cd5\u8bc1\u53f7*", None))
        self.personLabel.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u88ab\u8c03\u67e5\u4eba\u59d3\u540d(&N)*", None))
        self.genderLabel.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u6027\u522b(&G)", None))
        self.idLabel.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u8eab\u4efd\u8bc1\u53f7(&I)", None))
        self.fullIdLabel.setText("")
        self.fullIdCheck.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u7b14\u5f55\u4e0a\u5370\u5b8c\u6574\u8eab\u4efd\u8bc1\u53f7\uff08\u9ed8\u8ba4\u9690\u53bb\u4e2d\u95f4\u6570\u5b57\uff09(&F)", None))
        self.relationLabel.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u4e0e\u672c\u6848\u5173\u7cfb(&R)", None))
        self.relationEdit.setPlaceholderText(QCoreApplication.translate("CaseInvestigationDialog", u"\u5982\uff1a\u672c\u4eba\u3001\u540c\u4e8b\u3001\u7528\u4eba\u5355\u4f4d\u8d1f\u8d23\u4eba\u3001\u8fd1\u4eb2\u5c5e", None))
        self.phoneLabel.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u8054\u7cfb\u7535\u8bdd(&H)", None))
        self.qaLabel.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u95ee\u7b54(&Q)*", None))
        self.qaEdit.setPlaceholderText(QCoreApplication.translate("CaseInvestigationDialog", u"\u5f00\u5934\u7684\u544a\u77e5\uff08\u2026\u2026\u4f60\u542c\u6e05\u695a\u4e86\u5417\uff1f\uff09\u7531\u7a0b\u5e8f\u5370\u51fa\uff0c\u7b2c\u4e00\u884c\u5199\u5176\u56de\u7b54\uff1b\u4e4b\u540e\u6bcf\u4e2a\u95ee\u9898\u53e6\u8d77\u4e00\u884c\u4ee5\u201c\u95ee\uff1a\u201d\u5f00\u5934\uff0c\u56de\u7b54\u4ee5\u201c\u7b54\uff1a\u201d\u5f00\u5934\uff0c\u4f8b\u5982\uff1a\n"
"\u7b54\uff1a\u542c\u6e05\u695a\u4e86\u3002\n"
"\u95ee\uff1a\u4e8b\u6545\u662f\u600e\u6837\u53d1\u751f\u7684\uff1f\n"
"\u7b54\uff1a\u2026\u2026", None))
        self.printButton.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u6253\u5370\u9884\u89c8(&P)\u2026", None))
        self.blankButton.setText(QCoreApplication.translate("CaseInvestigationDialog", u"\u6253\u5370\u7a7a\u767d\u7b14\u5f55(&B)\u2026", None))
    # retranslateUi
