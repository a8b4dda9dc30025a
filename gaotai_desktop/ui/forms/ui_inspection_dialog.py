# Generated from forms/inspection_dialog.ui by tools/build_forms.py (pyside6-uic) -- DO NOT EDIT.
# Change the form in Qt Designer and run: python tools/build_forms.py
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspection_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from gaotai_desktop.ui.widgets.date_edit import DateEdit

class Ui_InspectionDialog(object):
    def setupUi(self, InspectionDialog):
        if not InspectionDialog.objectName():
            InspectionDialog.setObjectName(u"InspectionDialog")
        InspectionDialog.resize(620, 440)
        self.mainLayout = QVBoxLayout(InspectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.warningLabel = QLabel(InspectionDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.warningLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.authorityLabel = QLabel(InspectionDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityLayout = QVBoxLayout()
        self.authorityLayout.setSpacing(2)
        self.authorityLayout.setObjectName(u"authorityLayout")
        self.authorityCombo = QComboBox(InspectionDialog)
        self.authorityCombo.setObjectName(u"authorityCombo")
        self.authorityCombo.setEditable(True)

        self.authorityLayout.addWidget(self.authorityCombo)

        self.countLabel = QLabel(InspectionDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setWordWrap(True)

        self.authorityLayout.addWidget(self.countLabel)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.authorityLayout)

        self.inspectedOnLabel = QLabel(InspectionDialog)
        self.inspectedOnLabel.setObjectName(u"inspectedOnLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.inspectedOnLabel)

        self.inspectedOnEdit = DateEdit(InspectionDialog)
        self.inspectedOnEdit.setObjectName(u"inspectedOnEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.inspectedOnEdit)

        self.kindLabel = QLabel(InspectionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(InspectionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.findingsLabel = QLabel(InspectionDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findingsEdit = QPlainTextEdit(InspectionDialog)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setTabChangesFocus(True)
        self.findingsEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.findingsEdit)

        self.documentRefLabel = QLabel(InspectionDialog)
        self.documentRefLabel.setObjectName(u"documentRefLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.documentRefLabel)

        self.documentRefEdit = QLineEdit(InspectionDialog)
        self.documentRefEdit.setObjectName(u"documentRefEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.documentRefEdit)

        self.overCapReasonLabel = QLabel(InspectionDialog)
        self.overCapReasonLabel.setObjectName(u"overCapReasonLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.overCapReasonLabel)

        self.overCapReasonEdit = QLineEdit(InspectionDialog)
        self.overCapReasonEdit.setObjectName(u"overCapReasonEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.overCapReasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(InspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.authorityLabel.setBuddy(self.authorityCombo)
        self.inspectedOnLabel.setBuddy(self.inspectedOnEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.findingsLabel.setBuddy(self.findingsEdit)
        self.documentRefLabel.setBuddy(self.documentRefEdit)
        self.overCapReasonLabel.setBuddy(self.overCapReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.authorityCombo, self.inspectedOnEdit)
        QWidget.setTabOrder(self.inspectedOnEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.findingsEdit)
        QWidget.setTabOrder(self.findingsEdit, self.documentRefEdit)
        QWidget.setTabOrder(self.documentRefEdit, self.overCapReasonEdit)

        self.retranslateUi(InspectionDialog)

        QMetaObject.connectSlotsByName(InspectionDialog)
    # setupUi

    def retranslateUi(self, InspectionDialog):
        InspectionDialog.setWindowTitle(QCoreApplication.translate("InspectionDialog", u"\u68c0\u67e5\u8bb0\u5f55", None))
        self.authorityLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u68c0\u67e5\u90e8\u95e8(&A)*", None))
        self.inspectedOnLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u68c0\u67e5\u65e5\u671f(&T)*", None))
        self.kindLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u68c0\u67e5\u7c7b\u578b(&K)*", None))
        self.findingsLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u68c0\u67e5\u53d1\u73b0(&F)", None))
        self.findingsEdit.setPlaceholderText(QCoreApplication.translate("InspectionDialog", u"\u53d1\u73b0\u7684\u95ee\u9898\u548c\u5904\u7406\u610f\u89c1", None))
        self.documentRefLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u68c0\u67e5\u6587\u4e66\u7f16\u53f7(&D)", None))
        self.documentRefEdit.setPlaceholderText(QCoreApplication.translate("InspectionDialog", u"\u4f8b\u5982\uff1a\u68c0\u67e5\u8bb0\u5f55\u6216\u8d23\u4ee4\u6574\u6539\u901a\u77e5\u4e66\u7684\u6587\u53f7", None))
        self.overCapReasonLabel.setText(QCoreApplication.translate("InspectionDialog", u"\u8d85\u6b21\u6570\u68c0\u67e5\u7406\u7531(&R)*", None))
        self.overCapReasonEdit.setPlaceholderText(QCoreApplication.translate("InspectionDialog", u"\u4f8b\u5982\uff1a\u7fa4\u4f17\u4e3e\u62a5\u3001\u53d1\u751f\u65b0\u7684\u4e8b\u6545\u3001\u590d\u67e5\u6574\u6539\u60c5\u51b5", None))
    # retranslateUi
