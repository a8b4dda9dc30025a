# Generated from forms/case_step_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_step_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_CaseStepDialog(object):
    def setupUi(self, CaseStepDialog):
        if not CaseStepDialog.objectName():
            CaseStepDialog.setObjectName(u"CaseStepDialog")
        CaseStepDialog.resize(520, 260)
        self.mainLayout = QVBoxLayout(CaseStepDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.caseLabel = QLabel(CaseStepDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)
        self.caseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.caseLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateLabel = QLabel(CaseStepDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(CaseStepDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.outcomeLabel = QLabel(CaseStepDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(CaseStepDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.textLabel = QLabel(CaseStepDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QLineEdit(CaseStepDialog)
        self.textEdit.setObjectName(u"textEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.reasonLabel = QLabel(CaseStepDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(CaseStepDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.simpleCheck = QCheckBox(CaseStepDialog)
        self.simpleCheck.setObjectName(u"simpleCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.simpleCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(CaseStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.simpleCheck)

        self.retranslateUi(CaseStepDialog)

        QMetaObject.connectSlotsByName(CaseStepDialog)
    # setupUi

    def retranslateUi(self, CaseStepDialog):
        CaseStepDialog.setWindowTitle(QCoreApplication.translate("CaseStepDialog", u"\u529e\u7406\u5de5\u4f24\u8ba4\u5b9a\u6848\u4ef6", None))
        self.dateLabel.setText(QCoreApplication.translate("CaseStepDialog", u"\u529e\u7406\u65e5\u671f(&D)*", None))
        self.outcomeLabel.setText(QCoreApplication.translate("CaseStepDialog", u"\u8ba4\u5b9a\u7ed3\u8bba(&O)*", None))
        self.textLabel.setText(QCoreApplication.translate("CaseStepDialog", u"\u8bf4\u660e(&T)", None))
        self.reasonLabel.setText(QCoreApplication.translate("CaseStepDialog", u"\u7406\u7531(&R)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CaseStepDialog", u"\u4e0d\u4e88\u53d7\u7406\u3001\u4e0d\u4e88\u8ba4\u5b9a\u6216\u7ec8\u6b62\u7684\u7406\u7531\uff08\u5370\u5728\u51b3\u5b9a\u4e66\u7684\u9001\u8fbe\u51fd\u4e0a\uff09", None))
        self.simpleCheck.setText(QCoreApplication.translate("CaseStepDialog", u"\u7b80\u6613\u6848\u4ef6\uff0815\u65e5\u5185\u4f5c\u51fa\u51b3\u5b9a\uff09(&S)", None))
    # retranslateUi
