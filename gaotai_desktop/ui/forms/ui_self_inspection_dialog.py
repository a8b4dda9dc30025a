# Generated from forms/self_inspection_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'self_inspection_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_SelfInspectionDialog(object):
    def setupUi(self, SelfInspectionDialog):
        if not SelfInspectionDialog.objectName():
            SelfInspectionDialog.setObjectName(u"SelfInspectionDialog")
        SelfInspectionDialog.resize(560, 360)
        self.mainLayout = QVBoxLayout(SelfInspectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.warningLabel = QLabel(SelfInspectionDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.warningLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.receivedOnLabel = QLabel(SelfInspectionDialog)
        self.receivedOnLabel.setObjectName(u"receivedOnLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedOnLabel)

        self.receivedOnEdit = DateEdit(SelfInspectionDialog)
        self.receivedOnEdit.setObjectName(u"receivedOnEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedOnEdit)

        self.summaryLabel = QLabel(SelfInspectionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(SelfInspectionDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMinimumSize(QSize(0, 120))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.documentRefLabel = QLabel(SelfInspectionDialog)
        self.documentRefLabel.setObjectName(u"documentRefLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.documentRefLabel)

        self.documentRefEdit = QLineEdit(SelfInspectionDialog)
        self.documentRefEdit.setObjectName(u"documentRefEdit")
        self.documentRefEdit.setMaxLength(128)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.documentRefEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(SelfInspectionDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(SelfInspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.receivedOnLabel.setBuddy(self.receivedOnEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.documentRefLabel.setBuddy(self.documentRefEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receivedOnEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.documentRefEdit)

        self.retranslateUi(SelfInspectionDialog)

        QMetaObject.connectSlotsByName(SelfInspectionDialog)
    # setupUi

    def retranslateUi(self, SelfInspectionDialog):
        SelfInspectionDialog.setWindowTitle(QCoreApplication.translate("SelfInspectionDialog", u"\u767b\u8bb0\u4f01\u4e1a\u81ea\u67e5\u62a5\u544a", None))
        self.receivedOnLabel.setText(QCoreApplication.translate("SelfInspectionDialog", u"\u6536\u5230\u65e5\u671f(&T)*", None))
        self.summaryLabel.setText(QCoreApplication.translate("SelfInspectionDialog", u"\u81ea\u67e5\u60c5\u51b5(&C)*", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("SelfInspectionDialog", u"\u81ea\u67e5\u53d1\u73b0\u7684\u9690\u60a3\u548c\u6574\u6539\u60c5\u51b5", None))
        self.documentRefLabel.setText(QCoreApplication.translate("SelfInspectionDialog", u"\u62a5\u544a\u6587\u53f7(&D)", None))
        self.hintLabel.setText(QCoreApplication.translate("SelfInspectionDialog", u"\u4f01\u4e1a\u81ea\u67e5\u4e0e\u90e8\u95e8\u76d1\u7763\u76f8\u7ed3\u5408\uff1a\u767b\u8bb0\u4f01\u4e1a\u62a5\u9001\u7684\u81ea\u67e5\u62a5\u544a\uff0c\u4f9b\u5b63\u6d4b\u8bc4\u548c\u7ea6\u8c08\u65f6\u53c2\u8003\u3002", None))
    # retranslateUi
